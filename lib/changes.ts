/**
 * What a committed write touched, told to whoever keeps derived copies (the API's response
 * cache). Kinds are GraphQL type names (`Policy`, `NewsItem`, `Organization`…); `id` narrows
 * nothing today but says which entity it was, for logs and future finer rules.
 */
export interface TouchedEntity {
  typename: string;
  id?: string;
}

export interface ChangeNotifier {
  /** Called after the transaction committed, never before. */
  committed(touched: readonly TouchedEntity[]): void;
}

export const NO_CHANGE_NOTIFIER: ChangeNotifier = { committed: () => undefined };
