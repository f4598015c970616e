import { Button } from "@fluentui/react-components";
import { ChangeEvent, useRef } from "react";

/** What the picker offers: workbooks and the exports offices receive (the format is then read from the bytes). */
const ACCEPT = [
  ".xlsx",
  ".xlsm",
  ".xls",
  ".ods",
  ".xml",
  ".htm",
  ".html",
  ".mht",
  ".mhtml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-excel",
  "application/vnd.oasis.opendocument.spreadsheet",
].join(",");

export interface OpenFileButtonProps {
  label: string;
  primary?: boolean;
  disabled?: boolean;
  onFile(file: File): void;
}

/** A button that opens the browser's file picker; the input itself stays hidden (tests fill it directly). */
export function OpenFileButton(props: OpenFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it in Excel) opens it again.
    e.target.value = "";
    if (file) props.onFile(file);
  };
  return (
    <>
      <Button
        appearance={props.primary ? "primary" : "secondary"}
        data-primary={props.primary || undefined}
        // Focusable while it waits (a file opening): pressed with the keyboard, it must not drop the focus to the page.
        disabledFocusable={props.disabled}
        data-open-file
        onClick={() => input.current?.click()}
      >
        {props.label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label={props.label}
        data-testid="berkas-xlsx"
        onChange={onChange}
      />
    </>
  );
}
