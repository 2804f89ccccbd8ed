/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Office opened the pane but office.js never came: the pane is in file mode and says why.
import "./jsdom-globals";
import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { createFileHost } from "../../src/taskpane/file-host";
import { MESSAGES } from "../../src/taskpane/i18n";
import { AS_OF } from "./helpers";

describe("task pane without office.js", () => {
  it.each(["ru", "en"] as const)("works on a file and says in one line why (%s)", (lang) => {
    const text = MESSAGES[lang];
    render(<App host={createFileHost()} lang={lang} today={() => AS_OF} officeMissing />);
    const note = screen.getByRole("status");
    expect(note.textContent).toBe(text.officeMissing);
    expect(screen.getByRole("button", { name: text.chooseFile })).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says nothing of office.js when the pane was opened in a browser on purpose", () => {
    render(<App host={createFileHost()} lang="ru" today={() => AS_OF} />);
    expect(screen.queryByText(MESSAGES.ru.officeMissing)).toBeNull();
  });
});
