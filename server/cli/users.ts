import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { Role } from '../../domain/account/types.js';
import { ValidationError } from '../../lib/errors.js';
import { withRepos } from './with-repos.js';
import { changeRole, createAccount, listAccounts } from '../../services/account/accounts.js';

/** `hechuang users add|role|list`: accounts from the command line, e.g. the first admin. */

const ROLES: Record<string, Role> = { reader: 'READER', bookstore: 'BOOKSTORE', librarian: 'LIBRARIAN', admin: 'ADMIN' };

function parseRole(value: string): Role {
  const role = ROLES[value.toLowerCase()];
  if (!role) throw ValidationError(`role must be reader, bookstore, librarian or admin, not ${JSON.stringify(value)}`);
  return role;
}

/**
 * The password never goes on the command line (other users could read it in the process
 * list): piped on stdin (first line), or typed at a prompt without echo.
 */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = '';
    for await (const chunk of process.stdin) input += String(chunk);
    return input.split(/\r?\n/)[0] ?? '';
  }
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
      const muted = rl as unknown as { _writeToOutput: (s: string) => void };
      process.stderr.write(question);
      muted._writeToOutput = () => {};
      rl.question('', (answer) => {
        rl.close();
        process.stderr.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('password: ');
  if ((await ask('again: ')) !== first) throw ValidationError('the two passwords differ');
  return first;
}

export function registerUserCommands(program: Command, progress: (line: string) => void): void {
  const users = program.command('users').description('manage accounts (the first admin is created here)');

  users
    .command('add')
    .description('create an account; the password is read from stdin (first line) or prompted for')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'display name')
    .option('--role <role>', 'reader, bookstore, librarian or admin', 'reader')
    .option('--library <id>', 'member library of a librarian (see data/libraries/libraries.json)')
    .action(async (options: { email: string; name: string; role: string; library?: string }) => {
      const role = parseRole(options.role);
      const password = await readPassword();
      const account = await withRepos(progress, (repos) =>
        createAccount(repos, { email: options.email, password, displayName: options.name, role, libraryId: options.library ?? null }),
      );
      process.stdout.write(
        `created ${account.role.toLowerCase()} ${account.email} (${account.id})${account.libraryId ? ` of ${account.libraryId}` : ''}\n`,
      );
    });

  users
    .command('role')
    .description("change an account's role; its open sessions end")
    .argument('<email>', 'the account')
    .argument('<role>', 'reader, librarian or admin')
    .option('--library <id>', 'member library (librarians only)')
    .action(async (email: string, roleName: string, options: { library?: string }) => {
      const role = parseRole(roleName);
      const account = await withRepos(progress, (repos) => changeRole(repos, { email, role, libraryId: options.library ?? null }));
      process.stdout.write(`${account.email} is now ${account.role.toLowerCase()}${account.libraryId ? ` of ${account.libraryId}` : ''}\n`);
    });

  users
    .command('list')
    .description('list accounts: id, email, role, library')
    .action(async () => {
      await withRepos(progress, async (repos) => {
        let after: string | null = null;
        do {
          const page = await listAccounts(repos, { libraryId: null }, { first: 100, after });
          for (const { node: a } of page.edges)
            process.stdout.write(`${a.id}\t${a.email}\t${a.role.toLowerCase()}\t${a.libraryId ?? ''}\n`);
          after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after);
      });
    });
}
