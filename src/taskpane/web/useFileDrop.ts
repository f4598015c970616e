import { DragEvent, useState } from "react";

/**
 * Drag-and-drop of a file anywhere on the page; `dragging` is true while a file is held over it. While a file is
 * being opened (`enabled` false) a dropped one is refused with the not-allowed cursor, and the browser does not open
 * it in the tab in place of the page.
 */
export function useFileDrop(onFile: (file: File) => void, enabled: boolean) {
  const [dragging, setDragging] = useState(false);
  const holdsFile = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes("Files");
  return {
    dragging,
    handlers: {
      onDragOver(e: DragEvent) {
        if (!holdsFile(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = enabled ? "copy" : "none";
        if (enabled) setDragging(true);
      },
      onDragLeave(e: DragEvent) {
        if (e.currentTarget === e.target) setDragging(false);
      },
      onDrop(e: DragEvent) {
        e.preventDefault();
        setDragging(false);
        if (!enabled) return;
        const file = e.dataTransfer?.files?.[0];
        if (file) onFile(file);
      },
    },
  };
}
