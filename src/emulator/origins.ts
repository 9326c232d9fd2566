/**
 * Where the emulator serves NetSuite's hosts. `split` (what NetSuite has): REST web services, the
 * RESTlet domain and the system (UI) domain each on their own origin, so a client that sends a
 * request to the wrong host fails as it would against NetSuite. `shared`: everything on one origin,
 * for callers that can only be given one URL.
 */
export type OriginLayout = 'split' | 'shared';

export interface EmulatorOrigins {
  /** Plays `<account>.suitetalk.api.netsuite.com`: /services/rest/... (SuiteQL). */
  readonly rest: string;
  /** Plays `<account>.restlets.api.netsuite.com`: the token endpoints under /rest/ (revoketoken). */
  readonly restlets: string;
  /** Plays `<account>.app.netsuite.com`: UI pages and the token endpoints; also the emulator's about page and control endpoint. */
  readonly system: string;
}
