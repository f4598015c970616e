/** @jest-environment jsdom */
import { DragEvent } from "react";
import { renderHook } from "@testing-library/react";
import { useFileDrop } from "../../../src/taskpane/web/useFileDrop";

function dragEvent(files: File[] = []) {
  const event = {
    preventDefault: jest.fn(),
    dataTransfer: { types: ["Files"], files, dropEffect: "" },
  };
  return event as unknown as DragEvent & { preventDefault: jest.Mock; dataTransfer: { dropEffect: string } };
}

describe("dropping a file on the web page", () => {
  it("opens a dropped file when the page is free", () => {
    const onFile = jest.fn();
    const { result } = renderHook(() => useFileDrop(onFile, true));
    const over = dragEvent();
    result.current.handlers.onDragOver(over);
    expect(over.dataTransfer.dropEffect).toBe("copy");
    const file = new File(["x"], "renja.xlsx");
    result.current.handlers.onDrop(dragEvent([file]));
    expect(onFile).toHaveBeenCalledWith(file);
  });

  it("while a file is being opened, refuses another with the not-allowed cursor and keeps the browser from opening it (web30 D3)", () => {
    const onFile = jest.fn();
    const { result } = renderHook(() => useFileDrop(onFile, false));
    const over = dragEvent();
    result.current.handlers.onDragOver(over);
    // Without preventDefault the browser would take the drop and open the file in the tab in place of the page.
    expect(over.preventDefault).toHaveBeenCalled();
    expect(over.dataTransfer.dropEffect).toBe("none");
    const drop = dragEvent([new File(["x"], "lain.xlsx")]);
    result.current.handlers.onDrop(drop);
    expect(drop.preventDefault).toHaveBeenCalled();
    expect(onFile).not.toHaveBeenCalled();
  });
});
