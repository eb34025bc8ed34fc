import {
  launcherLabel as en_launcherLabel,
  launcherOpen as en_launcherOpen,
  launcherClose as en_launcherClose,
  launcherFlagged as en_launcherFlagged,
  resizeHandle as en_resizeHandle,
  launcherMoveHint as en_launcherMoveHint,
  sidebarTitle as en_sidebarTitle,
} from '../public/_locales/en/messages.json';
import {
  launcherLabel as nl_launcherLabel,
  launcherOpen as nl_launcherOpen,
  launcherClose as nl_launcherClose,
  launcherFlagged as nl_launcherFlagged,
  resizeHandle as nl_resizeHandle,
  launcherMoveHint as nl_launcherMoveHint,
  sidebarTitle as nl_sidebarTitle,
} from '../public/_locales/nl/messages.json';
import type { Lang } from './language';

/**
 * The few strings the in-page launcher needs. Named imports let the bundler keep just these keys, so
 * the content script does not carry the sidebar's whole catalogue (its size budget is 30 KB gzipped).
 */
export interface LauncherText {
  launcherLabel: string;
  launcherOpen: string;
  launcherClose: string;
  launcherFlagged: string;
  resizeHandle: string;
  sidebarTitle: string;
  launcherMoveHint: string;
}

export function launcherText(lang: Lang): LauncherText {
  if (lang === 'nl') {
    return {
      launcherLabel: nl_launcherLabel.message,
      launcherOpen: nl_launcherOpen.message,
      launcherClose: nl_launcherClose.message,
      launcherFlagged: nl_launcherFlagged.message,
      resizeHandle: nl_resizeHandle.message,
      sidebarTitle: nl_sidebarTitle.message,
      launcherMoveHint: nl_launcherMoveHint.message,
    };
  }
  return {
    launcherLabel: en_launcherLabel.message,
    launcherOpen: en_launcherOpen.message,
    launcherClose: en_launcherClose.message,
    launcherFlagged: en_launcherFlagged.message,
    resizeHandle: en_resizeHandle.message,
    sidebarTitle: en_sidebarTitle.message,
    launcherMoveHint: en_launcherMoveHint.message,
  };
}
