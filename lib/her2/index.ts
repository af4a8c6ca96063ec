/** HER2 testing (reference her2-testing.md): the flow graph, input parsing, the classifier, its text and batch runs. */

export * from "./batch";
export * from "./category-text";
export * from "./classify";
export * from "./graph";
export * from "./headline";
export * from "./ihc-caution";
export * from "./input";
export * from "./ish";
export * from "./outcomes";
export * from "./query-string";
export * from "./report-wording";
export * from "./result-text";
export * from "./text";
