import { DragEvent, useState } from "react";

/** Drag-and-drop of a file anywhere on the page; `dragging` is true while a file is held over it. */
export function useFileDrop(onFile: (file: File) => void, enabled: boolean) {
  const [dragging, setDragging] = useState(false);
  const holdsFile = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes("Files");
  return {
    dragging,
    handlers: {
      onDragOver(e: DragEvent) {
        if (!enabled || !holdsFile(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = "copy";
        setDragging(true);
      },
      onDragLeave(e: DragEvent) {
        if (e.currentTarget === e.target) setDragging(false);
      },
      onDrop(e: DragEvent) {
        if (!enabled) return;
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer?.files?.[0];
        if (file) onFile(file);
      },
    },
  };
}
