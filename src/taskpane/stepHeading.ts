/** The id of the heading of the step shown: the step's region is named by it, focus goes to it. */
export const STEP_HEADING_ID = "langkah-judul";
