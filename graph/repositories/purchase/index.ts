import type { Graph } from '../../driver.js';
import { BookRepository } from './books.js';
import { CardRepository, StoreRepository } from './cards.js';
import { EligibilityRepository } from './eligibility.js';
import { MessageRepository } from './messages.js';
import { RequestRepository } from './requests.js';
import { RulesRepository } from './rules.js';

/** The storage of 你选书我买单, one repository per kind of node. */
export function createPurchaseRepositories(graph: Graph) {
  return {
    books: new BookRepository(graph),
    cards: new CardRepository(graph),
    stores: new StoreRepository(graph),
    rules: new RulesRepository(graph),
    requests: new RequestRepository(graph),
    messages: new MessageRepository(graph),
    eligibility: new EligibilityRepository(graph),
  };
}

export type PurchaseRepositories = ReturnType<typeof createPurchaseRepositories>;
