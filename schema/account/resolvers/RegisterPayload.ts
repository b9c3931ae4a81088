import type { RegisterPayloadResolvers } from '../../types.generated.js';

/** Its one field, `message`, is the service's answer as it is. */
export const RegisterPayload: RegisterPayloadResolvers = {};
