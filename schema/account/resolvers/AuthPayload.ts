import type { AuthPayloadResolvers } from '../../types.generated.js';

export const AuthPayload: AuthPayloadResolvers = {};
