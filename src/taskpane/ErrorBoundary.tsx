import { Component, type ReactNode } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Messages } from "./i18n";

interface Props {
  text: Messages;
  children: ReactNode;
}

/** A failure while drawing becomes a message, not a blank pane. */
export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const detail =
      this.state.error instanceof Error ? this.state.error.message : String(this.state.error);
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{this.props.text.errorTitle}</MessageBarTitle>
          {this.props.text.errors.unexpected(detail)}
        </MessageBarBody>
      </MessageBar>
    );
  }
}
