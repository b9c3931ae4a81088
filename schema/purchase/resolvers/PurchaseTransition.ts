import type { PurchaseTransitionResolvers } from './../../types.generated.js';
import { STATUS_LABELS } from '../../../domain/purchase/lifecycle.js';

export const PurchaseTransition: PurchaseTransitionResolvers = {
  label: (parent) => STATUS_LABELS[parent.to],
};
