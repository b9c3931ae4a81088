import type { AccountConnectionResolvers } from './../../types.generated.js';
export const AccountConnection: AccountConnectionResolvers = {/* Implement AccountConnection resolver logic here */};
