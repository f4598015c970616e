// The column vocabulary belongs to the model (src/core/model/columns.ts); kept here for the task pane's imports.
export * from "../model/columns";
