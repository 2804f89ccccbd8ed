import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/validate/types";
import type { TaskpaneHost } from "../host";
import { CheckToolbar } from "./CheckToolbar";
import { FindingsPanel } from "./FindingsPanel";
import { Summary } from "./Summary";
import { TablesPanel } from "./TablesPanel";
import { isStale, useCheck } from "./use-check";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface CheckViewProps {
  host: TaskpaneHost;
  lang: Lang;
  /** Today's date; a test fixes it so that "overdue" does not depend on the day it runs. */
  today?: () => string;
}

export function CheckView({ host, lang, today }: CheckViewProps) {
  const styles = useStyles();
  const c = useCheck(host, lang, today);
  const { state, text } = c;
  const outcome = state.outcome;
  const excel = host.mode === "excel" ? host : null;
  return (
    <div className={styles.view}>
      {host.mode === "file" && <p className={styles.intro}>{text.fileMode}</p>}
      <CheckToolbar c={c} mode={host.mode} />
      {state.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{state.errorTitle ?? text.errorTitle}</MessageBarTitle>
            <div>{state.error}</div>
          </MessageBarBody>
          {state.resettable && (
            <MessageBarActions>
              <Button onClick={() => void c.resetRoles()}>{text.resetRoles}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {state.info && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{state.info}</MessageBarBody>
        </MessageBar>
      )}
      {state.notices.map((n) => (
        <MessageBar key={n} intent="warning">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      {outcome && isStale(state) && (
        <MessageBar intent="warning" role="status" data-stale>
          <MessageBarBody>{text.staleResults(outcome.report.asOf)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && outcome.tables.length === 0 && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>
            <MessageBarTitle>{text.noRoadmap}</MessageBarTitle>
            {text.noRoadmapHint}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && outcome.tables.length > 0 && (
        <>
          <Summary outcome={outcome} mode={host.mode} />
          <FindingsPanel
            outcome={outcome}
            onSelect={excel ? (item) => void c.select(item) : undefined}
          />
          <TablesPanel
            outcome={outcome}
            overrides={state.overrides}
            busy={state.busy !== null}
            onRole={(table, column, field) => void c.changeRole(table, column, field)}
            onReset={() => void c.resetRoles()}
            onAddStatus={
              excel?.capabilities.statusColumn ? (table) => void c.addStatus(table) : undefined
            }
          />
        </>
      )}
    </div>
  );
}
