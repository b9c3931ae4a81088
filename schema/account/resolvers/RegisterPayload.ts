import type   { RegisterPayloadResolvers } from './../../types.generated.js';
    export const RegisterPayload: RegisterPayloadResolvers = {
    /* Implement RegisterPayload resolver logic here */
  };