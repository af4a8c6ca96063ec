/** HER2 testing (reference her2-testing.md): the flow graph, input parsing, the classifier, its text and batch runs. */

export * from "./graph";
export * from "./ish";
export * from "./input";
export * from "./query-string";
export * from "./outcomes";
export * from "./classify";
export * from "./text";
export * from "./result-text";
export * from "./category-text";
export * from "./report-wording";
export * from "./batch";
