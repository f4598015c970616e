import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { errorMessage } from "../errors";

/** A thrown error as the user sees it: a title and the message, never a stack. */
export function ErrorBar(props: { error: unknown; title?: string }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.title ?? t.errorTitle}</MessageBarTitle>
        <span>{errorMessage(props.error, t.unknownError)}</span>
      </MessageBarBody>
    </MessageBar>
  );
}
