import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useEffect } from "react";
import { WebText } from "./webText";

/**
 * The dialog is unmounted as soon as the officer chooses (it is mounted afresh for each file: one reopened while
 * closing left its content aria-hidden), and a Fluent dialog unmounted while open leaves the page behind it
 * aria-hidden (microsoft/fluentui#35139): empty for a screen reader until a reload. Once no dialog is open, the
 * page's top-level elements are given back to assistive technology (tabster's own focus guards stay hidden).
 */
function releasePageOnUnmount(): void {
  setTimeout(() => {
    if (document.querySelector('[role="alertdialog"], [role="dialog"]')) return;
    for (const el of Array.from(document.body.children)) {
      if (el.getAttribute("aria-hidden") === "true" && !el.hasAttribute("data-tabster-dummy"))
        el.removeAttribute("aria-hidden");
    }
  }, 0);
}

export interface UnsavedResultDialogProps {
  text: WebText;
  /** The open file, whose built tables were not downloaded. */
  current: string;
  /** The file chosen next; null closes the dialog. */
  next: string | null;
  onKeep(): void;
  onDrop(): void;
}

/**
 * Asks before another file replaces tables built in this page and never downloaded (they live nowhere else). The
 * safe choice, going back, has the focus and is what Escape does.
 */
export function UnsavedResultDialog(props: UnsavedResultDialogProps) {
  const { text } = props;
  useEffect(() => releasePageOnUnmount, []);
  return (
    <Dialog
      open={props.next !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) props.onKeep();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{text.unsavedTitle}</DialogTitle>
          <DialogContent>{text.unsavedBody(props.current, props.next ?? "")}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onKeep}>
              {text.unsavedKeep}
            </Button>
            <Button onClick={props.onDrop}>{text.unsavedDrop}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
