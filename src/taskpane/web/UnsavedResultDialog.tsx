import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { WebText } from "./webText";

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
