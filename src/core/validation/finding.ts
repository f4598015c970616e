// Findings are the model's vocabulary (src/core/model/finding.ts); kept here for the task pane's imports.
export * from "../model/finding";
