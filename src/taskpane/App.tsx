import { lazy, Suspense, useState } from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang } from "../core/validate/types";
import { CheckView } from "./check/CheckView";
import { ErrorBoundary } from "./ErrorBoundary";
import type { TaskpaneHost } from "./host";
import { LangContext, MESSAGES } from "./i18n";

// The consolidation view (another part of the add-in) is loaded when its tab is first opened.
const ConsolidateView = lazy(() =>
  import(/* webpackChunkName: "consolidate" */ "./consolidate/ConsolidateView").then((m) => ({
    default: m.ConsolidateView,
  })),
);

const useStyles = makeStyles({
  app: { padding: tokens.spacingHorizontalM, fontFamily: tokens.fontFamilyBase },
  title: { fontSize: tokens.fontSizeBase500, margin: `0 0 ${tokens.spacingVerticalS}` },
  panel: { paddingTop: tokens.spacingVerticalM },
  notice: { marginBottom: tokens.spacingVerticalS },
});

type TabId = "check" | "consolidate";

export interface AppProps {
  host: TaskpaneHost;
  lang: Lang;
  today?: () => string;
  /** Office opened the pane but office.js never arrived: file mode, with a line on why. */
  officeMissing?: boolean;
}

export function App({ host, lang, today, officeMissing = false }: AppProps) {
  const styles = useStyles();
  const text = MESSAGES[lang];
  const [tab, setTab] = useState<TabId>("check");
  const [consolidateOpened, setConsolidateOpened] = useState(false);
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "ru" ? "ru-RU" : "en-US"}>
      <LangContext.Provider value={lang}>
        <main className={styles.app}>
          <h1 className={styles.title}>{text.appTitle}</h1>
          {officeMissing && (
            <MessageBar intent="warning" role="status" className={styles.notice}>
              <MessageBarBody>{text.officeMissing}</MessageBarBody>
            </MessageBar>
          )}
          <TabList
            selectedValue={tab}
            onTabSelect={(_, d) => {
              setTab(d.value as TabId);
              if (d.value === "consolidate") setConsolidateOpened(true);
            }}
          >
            <Tab value="check" id="tab-check" aria-controls="panel-check">
              {text.tabs.check}
            </Tab>
            <Tab value="consolidate" id="tab-consolidate" aria-controls="panel-consolidate">
              {text.tabs.consolidate}
            </Tab>
          </TabList>
          <ErrorBoundary text={text}>
            {/* Both views stay mounted once opened: switching tabs keeps their results. */}
            <div
              role="tabpanel"
              id="panel-check"
              aria-labelledby="tab-check"
              hidden={tab !== "check"}
              className={styles.panel}
            >
              <CheckView host={host} lang={lang} today={today} />
            </div>
            <div
              role="tabpanel"
              id="panel-consolidate"
              aria-labelledby="tab-consolidate"
              hidden={tab !== "consolidate"}
              className={styles.panel}
            >
              {consolidateOpened && (
                <Suspense fallback={<Spinner label={text.loading} />}>
                  <ConsolidateView />
                </Suspense>
              )}
            </div>
          </ErrorBoundary>
        </main>
      </LangContext.Provider>
    </FluentProvider>
  );
}
