// An operation the web app sends, typed by graphql-codegen from the schema (./generated.ts): a field the schema drops
// or renames breaks `npm run build`, and so the Maven build. Each feature keeps its own in its api/operations.ts.

/** An operation's text, branded with its result and variables types. */
export type Operation<Result, Variables> = string & { readonly __types?: [Result, Variables] };
export const op = <Result, Variables>(text: string) => text as Operation<Result, Variables>;
