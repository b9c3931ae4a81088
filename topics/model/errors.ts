/** Neither source could deliver the model: one line naming what was tried. */
export class ModelUnavailableError extends Error {
  override name = 'ModelUnavailableError';
}

/** A downloaded file did not match its checksum: refused, nothing installed. */
export class ModelChecksumError extends Error {
  override name = 'ModelChecksumError';
}
