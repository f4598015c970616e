import { ToggleButton } from "@fluentui/react-components";
import { Language, useI18n } from "../i18n";
import { useStackStyles } from "../styles";

const LANGUAGES: Language[] = ["id", "en"];

export function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  const styles = useStackStyles();
  return (
    <div role="group" aria-label={t.languageLabel} className={styles.row}>
      {LANGUAGES.map((l) => (
        <ToggleButton key={l} size="small" checked={lang === l} onClick={() => setLang(l)} lang={l}>
          {t.languageNames[l]}
        </ToggleButton>
      ))}
    </div>
  );
}
