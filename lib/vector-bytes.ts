import os from 'node:os';

/**
 * A document's embedding as stored beside the list the vector index reads (`d.embeddingBytes`):
 * Float32 little-endian, 4 bytes a dimension. Neo4j keeps a byte[] compactly and Bolt sends it
 * as one byte string, where 512 floats as a list cost a marker and a float64 each to decode.
 */
const LITTLE_ENDIAN = os.endianness() === 'LE';

/** The vector's Float32 little-endian bytes as the driver sends a byte[] (an Int8Array). */
export function vectorBytes(vector: ArrayLike<number>): Int8Array {
  const bytes = new Int8Array(vector.length * 4);
  const floats = new DataView(bytes.buffer);
  for (let d = 0; d < vector.length; d++) floats.setFloat32(d * 4, vector[d]!, true);
  return bytes;
}

/** Decodes stored bytes into `into` from `offset` (floats); returns the dimensions read. */
export function readVectorBytes(bytes: Int8Array, into: Float32Array, offset: number): number {
  const dimensions = bytes.byteLength >> 2;
  if (LITTLE_ENDIAN) {
    new Uint8Array(into.buffer, into.byteOffset + offset * 4, bytes.byteLength).set(
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    );
  } else {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let d = 0; d < dimensions; d++) into[offset + d] = view.getFloat32(d * 4, true);
  }
  return dimensions;
}
