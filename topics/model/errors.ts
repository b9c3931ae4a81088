import { AppError } from '../../lib/errors.js';

/** Neither source could deliver the model: one line naming what was tried. */
export class ModelUnavailableError extends AppError {
  constructor(message: string) {
    super('UNAVAILABLE', message);
  }
}

/** A downloaded file did not match its checksum: refused, nothing installed. */
export class ModelChecksumError extends AppError {
  constructor(message: string) {
    super('UNAVAILABLE', message);
  }
}
