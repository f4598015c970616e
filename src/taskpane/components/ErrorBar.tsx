import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useI18n } from "../i18n";
import { errorMessage } from "../errors";
import { BarTitle } from "./BarTitle";

/** A thrown error as the user sees it: a title and the message, never a stack; closable when `onDismiss` is given. */
export function ErrorBar(props: { error: unknown; title?: string; onDismiss?: () => void }) {
  const { t, lang } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <BarTitle>{props.title ?? t.errorTitle}</BarTitle>
        <span>{errorMessage(props.error, t.unknownError, lang)}</span>
      </MessageBarBody>
      {props.onDismiss && (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label={t.dismiss}
              icon={<DismissRegular />}
              onClick={props.onDismiss}
            />
          }
        />
      )}
    </MessageBar>
  );
}
