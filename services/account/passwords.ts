import { hash, verify } from '@node-rs/argon2';

/** Argon2id with the library's defaults (19 MiB, 2 passes: the OWASP minimum). */
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a random password, verified against when the email is unknown so that a
 * failed login costs the same time whether or not the account exists.
 */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hash(`decoy-${Math.random()}`));
