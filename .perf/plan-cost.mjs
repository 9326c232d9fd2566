// src/emulator/prng.ts
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// bench/random.ts
function pick(random, items) {
  const item = items[Math.floor(random() * items.length)];
  if (item === void 0) throw new RangeError("Cannot pick from an empty list.");
  return item;
}

// bench/planning-input.ts
var NOW = /* @__PURE__ */ new Date("2026-11-01T00:00:00Z");
var DAY_MS = 864e5;
var APPLICATIONS = ["Token GitOps", "DATABASICS", "Celigo integrator.io", "Salesforce Connector", "Shopify Orders", "Tableau Reporting", "Boomi", "Workato", "Avalara AvaTax", "Coupa"];
var ROLES = ["Administrator", "Integration Read Only", "Integration Full Access", "BI Read Only", "Finance Sync", "Order Sync"];
function planningInput(size, policies) {
  const random = seededRandom(size);
  const instant = (msBeforeNow) => new Date(NOW.getTime() - msBeforeNow).toISOString().replace(/\.\d{3}Z$/, "Z");
  const tokens = [];
  const lastUse = /* @__PURE__ */ new Map();
  for (let index = 0; index < size; index += 1) {
    const id = String(index + 1);
    const application = pick(random, APPLICATIONS);
    const role = pick(random, ROLES);
    const user = `svc-user-${String(Math.floor(index / 10) + 1).padStart(6, "0")}`;
    const draw = random();
    const state = draw < 0.1 ? "revoked" : draw < 0.2 ? "inactive" : "active";
    const ageMs = Math.floor(random() * 3 * 365) * DAY_MS;
    const name = `${application} - ${user} - ${role} #${id}`;
    tokens.push({
      kind: "tba-token",
      id,
      name,
      application,
      user,
      role,
      applicationId: String(APPLICATIONS.indexOf(application) + 1),
      userId: String(Math.floor(index / 10) + 1),
      roleId: String(ROLES.indexOf(role) + 1),
      createdBy: user,
      createdAt: instant(ageMs),
      revokedAt: state === "revoked" ? instant(Math.floor(ageMs * random())) : null,
      state
    });
    if (state !== "revoked" && random() < 0.6) lastUse.set(name, instant(Math.floor(random() * 200) * DAY_MS));
  }
  const entries = tokens.map((token, index) => {
    const draw = random();
    const declared = declaredState(token.state, draw);
    const withCredentials = declared === "revoked" && token.state === "active" ? random() < 0.5 : random() < 0.05;
    const gone = random() < 5e-3;
    const byName = !gone && random() < 0.1;
    return {
      key: `/tokens/${index}`,
      selector: {
        id: byName ? null : gone ? String(size + index + 1) : token.id,
        name: token.name,
        application: byName ? token.application : null,
        user: null,
        role: null
      },
      state: declared,
      owner: `@acme/team-${index % 20}`,
      protect: random() < 1e-3,
      maxAgeMs: random() < 0.05 && policies === "rotation-and-unused" ? 180 * DAY_MS : null,
      credentials: withCredentials ? { status: "resolved" } : { status: "none" },
      isOperator: index === 0,
      source: { file: "netsuite-tokens.yaml", line: 12 + index * 7, column: 5, pointer: `/tokens/${index}` }
    };
  });
  return {
    desired: {
      account: "1234567_SB1",
      policy: policies === "rotation-and-unused" ? { unmanaged: "report", maxAgeMs: 365 * DAY_MS, unusedForMs: 90 * DAY_MS, maxChangesPerRun: size } : { unmanaged: "report", maxAgeMs: null, unusedForMs: null, maxChangesPerRun: size },
      tokens: entries,
      certificates: []
    },
    observation: { account: "1234567_SB1", observedAt: NOW.toISOString(), tokens, lastUse, certificates: [] },
    now: NOW
  };
}
function declaredState(observed, draw) {
  switch (observed) {
    case "active":
      return draw < 0.0125 ? "revoked" : draw < 0.025 ? "inactive" : "active";
    case "inactive":
      return draw < 0.05 ? "active" : "inactive";
    case "revoked":
      return "revoked";
  }
}

// src/domain/plan-wording.ts
function subjectHeaders(subjects) {
  const kinds = /* @__PURE__ */ new Set();
  for (const subject of subjects) kinds.add(subject.kind);
  if (kinds.size !== 1) return kinds.size === 0 ? SUBJECT_HEADERS["tba-token"] : ["Id", "Name", "Application", "User or entity", "Role"];
  const [kind] = kinds;
  return SUBJECT_HEADERS[kind ?? "tba-token"];
}
var SUBJECT_HEADERS = {
  "tba-token": ["Id", "Token", "Application", "User", "Role"],
  "m2m-certificate": ["Certificate", "Mapping", "Application", "Entity", "Role"]
};
function actionTitle(action) {
  switch (action) {
    case "revoke":
      return "Revoke";
    case "inactivate":
      return "Inactivate";
    case "activate":
      return "Activate";
    case "rotate":
      return "Rotate";
  }
}
function viaLabel(via) {
  switch (via) {
    case "api":
      return "API";
    case "admin":
      return "administrator";
  }
}
function blockedLabel(reason) {
  switch (reason) {
    case "protected":
      return "blocked: protected";
    case "self":
      return "blocked: operator\u2019s own token";
    case "over-limit":
      return "blocked: over the change limit";
    case "capacity":
      return "blocked: five active certificates";
  }
}
function findingTitle(kind) {
  switch (kind) {
    case "resurrected":
      return "Resurrected: recorded revoked, live again (sandbox refresh or wrong account?)";
    case "missing":
      return "Missing: declared, not in NetSuite";
    case "ambiguous":
      return "Ambiguous: the entry does not resolve to one token";
    case "terminal":
      return "Terminal: revoked, but declared active or inactive";
    case "drift":
      return "Drift: changed outside the file since the last run";
    case "unmanaged":
      return "Unmanaged: in NetSuite, not declared";
    case "rotation-due":
      return "Rotation due";
    case "unused":
      return "Unused";
    case "unobservable":
      return "Unobservable: the mapping\u2019s certificates cannot be listed";
    case "stale-credentials":
      return "Stale credentials: the bundle\u2019s certificate cannot sign in";
    case "unknown-certificate":
      return "Unknown certificate: active, but nobody recorded it";
    case "capacity":
      return "Capacity: five active certificates on the integration";
    case "expired":
      return "Expired";
    case "expiring":
      return "Expiring, with no rotation declared";
  }
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function changeCounts(plan) {
  let api = 0;
  let admin = 0;
  let blocked = 0;
  let held = 0;
  for (const change of plan.changes) {
    if (change.blocked !== null && change.blocked !== "over-limit") blocked += 1;
    else {
      if (change.blocked === "over-limit") held += 1;
      if (change.via === "api") api += 1;
      else admin += 1;
    }
  }
  return { api, admin, blocked, held };
}
function planSummaryLine(plan) {
  const findings = plan.findings.length;
  if (plan.changes.length === 0) {
    const matching = `${plural(plan.summary.unchanged, "token")} ${plan.summary.unchanged === 1 ? "matches" : "match"} the desired state.`;
    return `No changes. ${matching}${findings === 0 ? "" : ` ${plural(findings, "finding")}.`}${refusalSuffix(plan.refusal)}`;
  }
  const { api, admin, blocked, held } = changeCounts(plan);
  const limit = plan.refusal?.guard === "over-limit" ? ` (${plural(held, "change")} to apply, over maxChangesPerRun ${plan.refusal.limit})` : "";
  return `Plan: ${api} to revoke via API, ${admin} for an administrator${limit}, ${blocked} blocked; ${plural(findings, "finding")}.${refusalSuffix(plan.refusal)}`;
}
function refusalSuffix(refusal) {
  return refusal === null ? "" : ` Apply refuses this plan (${refusal.guard}).`;
}
function refusalHeadline(refusal) {
  return `Apply refuses this plan (${refusal.guard})`;
}

// src/domain/plan-guards.ts
function changeGuard(key, entry, history) {
  if (entry?.isOperator === true) {
    return { reason: "self", clause: "but this is the token the operator signs in with, and the operator never changes its own token" };
  }
  if (entry?.protect === true) {
    return { reason: "protected", clause: "but this token is protected (protect: true), so the plan leaves it as it is" };
  }
  if (history.protectedKeys.has(key)) {
    return {
      reason: "protected",
      clause: "but this token was declared protect: true before and the status file remembers it, so the plan leaves it as it is"
    };
  }
  return null;
}
function overLimitBlock(limit) {
  return {
    reason: "over-limit",
    clause: `but the plan has more changes than maxChangesPerRun (${limit}), so none is applied without --allow-over-limit`
  };
}
function overLimitRefusal(changes, alreadyBlocked, limit) {
  const listed = alreadyBlocked === 0 ? "" : ` (besides ${plural(alreadyBlocked, "blocked change")}, which ${alreadyBlocked === 1 ? "is" : "are"} never applied)`;
  return {
    guard: "over-limit",
    changes,
    limit,
    message: `This plan has ${plural(changes, "change")} to apply${listed}, more than maxChangesPerRun (${limit}); review it, then apply with --allow-over-limit or raise the limit.`
  };
}
var NEARLY_EMPTY_SHARE = 0.1;
var NEARLY_EMPTY_MIN_LIVE = 10;
function emptyDesiredRefusal(counts, unmanaged2) {
  const { declared, live: liveTokens, managedLive } = counts;
  if (liveTokens === 0) return null;
  if (declared === 0) {
    return {
      guard: "empty-desired",
      liveTokens,
      message: `The desired-state file declares no tokens but the account has ${plural(liveTokens, "live token")}; adopt the account with \`netsuite-tokens import\` first, then edit the file it writes.`
    };
  }
  const nearlyEmpty = unmanaged2 === "inactivate" && liveTokens >= NEARLY_EMPTY_MIN_LIVE && managedLive < liveTokens * NEARLY_EMPTY_SHARE;
  if (!nearlyEmpty) return null;
  return {
    guard: "empty-desired",
    liveTokens,
    message: `The desired-state file matches only ${managedLive} of the account's ${liveTokens} live tokens while policy.unmanaged is inactivate, which would inactivate nearly all of them; adopt the account with \`netsuite-tokens import\` first.`
  };
}

// src/domain/plan.ts
var CHANGE_ACTIONS = ["revoke", "inactivate", "activate", "rotate"];
var FINDING_KINDS = [
  "resurrected",
  "missing",
  "ambiguous",
  "terminal",
  "drift",
  "unobservable",
  "stale-credentials",
  "unknown-certificate",
  "capacity",
  "expired",
  "expiring",
  "unmanaged",
  "rotation-due",
  "unused"
];
var PLAN_FORMAT_VERSION = 2;
var EMPTY_HISTORY = { protectedKeys: /* @__PURE__ */ new Set(), previous: /* @__PURE__ */ new Map(), pending: /* @__PURE__ */ new Map(), certificates: /* @__PURE__ */ new Map() };

// src/domain/subject.ts
var SUBJECT_KINDS = ["tba-token", "m2m-certificate"];
function subjectKey(kind, id) {
  return `${kind}:${id}`;
}
function certificateKey(mapping, certificateId) {
  return subjectKey("m2m-certificate", `${mapping}/${certificateId ?? ""}`);
}

// src/domain/plan-order.ts
var DIGITS = /^[0-9]+$/;
function compareIds(a, b) {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const aNumeric = DIGITS.test(a);
  const bNumeric = DIGITS.test(b);
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  if (aNumeric && a.length !== b.length) return a.length - b.length;
  return compareText(a, b);
}
function compareText(a, b) {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
function sortChanges(changes) {
  return sortByKey(changes, (change) => ({ kind: SUBJECT_KINDS.indexOf(change.subject.kind), id: change.subject.id, rank: CHANGE_ACTIONS.indexOf(change.action), name: change.subject.name, message: change.message }));
}
function sortFindings(findings) {
  return sortByKey(findings, (finding2) => ({ kind: SUBJECT_KINDS.indexOf(finding2.subject.kind), id: finding2.subject.id, rank: FINDING_KINDS.indexOf(finding2.kind), name: finding2.subject.name, message: finding2.message }));
}
function sortByKey(items, fieldsOf) {
  const keyed = items.map((item) => {
    const fields = fieldsOf(item);
    const idClass = fields.id === null ? 2 : DIGITS.test(fields.id) ? 0 : 1;
    return { kind: fields.kind, id: fields.id, rank: fields.rank, name: fields.name, message: fields.message, item, idClass, idLength: idClass === 0 ? (fields.id ?? "").length : 0 };
  });
  keyed.sort(compareKeyed);
  return keyed.map((entry) => entry.item);
}
function compareKeyed(a, b) {
  return a.kind - b.kind || a.idClass - b.idClass || a.idLength - b.idLength || compareText(a.id, b.id) || a.rank - b.rank || compareText(a.name, b.name) || compareText(a.message, b.message);
}

// src/domain/kinds/tba-token/token.ts
function subjectOf(token) {
  return { kind: "tba-token", id: token.id, name: token.name, application: token.application, user: token.user, role: token.role };
}

// src/domain/duration.ts
var UNIT_MS = { h: 36e5, d: 864e5, w: 6048e5 };
function formatDuration(ms) {
  if (ms % UNIT_MS.w === 0) return `${ms / UNIT_MS.w}w`;
  if (ms % UNIT_MS.d === 0) return `${ms / UNIT_MS.d}d`;
  return `${Math.round(ms / UNIT_MS.h)}h`;
}
function wholeDays(ms) {
  return Math.floor(ms / UNIT_MS.d);
}

// src/domain/kinds/tba-token/instant.ts
var DASH = 45;
var COLON = 58;
var LETTER_T = 84;
var LETTER_Z = 90;
var DIGIT_0 = 48;
function instantMs(text) {
  return canonicalMs(text) ?? Date.parse(text);
}
function isoOf(text) {
  if (canonicalMs(text) !== null) return `${text.slice(0, 19)}.000Z`;
  const at = Date.parse(text);
  return Number.isNaN(at) ? "" : new Date(at).toISOString();
}
function utcDateOf(text) {
  if (canonicalMs(text) !== null) return text.slice(0, 10);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : new Date(at).toISOString().slice(0, 10);
}
function canonicalMs(text) {
  if (text.length !== 20 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH || text.charCodeAt(10) !== LETTER_T || text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON || text.charCodeAt(19) !== LETTER_Z) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 1e3 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}
function digits(text, start, length) {
  let value = 0;
  for (let index = start; index < start + length; index += 1) {
    const digit = text.charCodeAt(index) - DIGIT_0;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// src/domain/kinds/tba-token/token-findings.ts
function rotationDue(token, age, limit) {
  if (limit === null || token.state === "revoked") return null;
  if (age === null || age <= limit.ms) return null;
  const setting = limit.source === "entry" ? "its entry\u2019s maxAge" : "policy.maxAge";
  return {
    kind: "rotation-due",
    subject: subjectOf(token),
    message: `This token is ${wholeDays(age)} days old, past the rotation limit of ${formatDuration(limit.ms)} (${setting}); create a new token, move the integration to it, then revoke this one.`,
    details: { ageDays: wholeDays(age), createdAt: instantOf(token.createdAt), limit: formatDuration(limit.ms), limitSource: limit.source }
  };
}
function unused(token, age, unusedForMs, lastUse, now) {
  if (unusedForMs === null || token.state === "revoked") return null;
  const lastLogin = lastUse.get(token.name);
  if (lastLogin !== void 0) {
    const idle = ageAt(lastLogin, now);
    if (idle === null || idle <= unusedForMs) return null;
    const limit2 = formatDuration(unusedForMs);
    return {
      kind: "unused",
      subject: subjectOf(token),
      message: `This token\u2019s last successful login was ${wholeDays(idle)} days ago (${dateOf(lastLogin)}), longer than policy.unusedFor (${limit2}); inactivate or revoke it if nothing uses it any more.`,
      details: { lastUsedAt: instantOf(lastLogin), idleDays: wholeDays(idle), ageDays: age === null ? null : wholeDays(age), limit: limit2 }
    };
  }
  if (age === null || age <= unusedForMs) return null;
  const limit = formatDuration(unusedForMs);
  return {
    kind: "unused",
    subject: subjectOf(token),
    message: `This token has no successful login on record and was created ${wholeDays(age)} days ago, longer than policy.unusedFor (${limit}); inactivate or revoke it if nothing uses it.`,
    details: { lastUsedAt: null, idleDays: null, ageDays: wholeDays(age), limit }
  };
}
function drift(token, declared, history) {
  const previous = history.previous.get(subjectKey("tba-token", token.id));
  if (previous === void 0 || previous.desired === null || previous.state !== previous.desired) return null;
  if (token.state === previous.state || token.state === declared) return null;
  if (previous.state === "revoked") return null;
  return {
    kind: "drift",
    subject: subjectOf(token),
    message: `This token moved from ${previous.state} to ${token.state} since the previous run on ${dateOf(previous.observedAt)}, when it was in its desired state; NetSuite does not record who changed it.`,
    details: { previousState: previous.state, state: token.state, previousObservedAt: instantOf(previous.observedAt) }
  };
}
function resurrected(token, history) {
  const previous = history.previous.get(subjectKey("tba-token", token.id));
  if (previous?.state !== "revoked" || token.state === "revoked") return null;
  return {
    kind: "resurrected",
    subject: subjectOf(token),
    message: `The status file recorded this token revoked on ${dateOf(previous.observedAt)}, but NetSuite shows it ${token.state}, and a revocation cannot be undone: this is not the account that run saw (a sandbox refreshed from production, or the wrong account); check the account and NETSUITE_* endpoints before applying anything.`,
    details: { state: token.state, revokedRecordedAt: instantOf(previous.observedAt) }
  };
}
function ageAt(instant, now) {
  if (instant === null) return null;
  const at = instantMs(instant);
  return Number.isNaN(at) ? null : now.getTime() - at;
}
function instantOf(instant) {
  return instant === null ? "" : isoOf(instant);
}
function dateOf(instant) {
  return utcDateOf(instant) ?? "an unrecorded date";
}

// src/domain/kinds/tba-token/token-matching.ts
var MISSING = { kind: "missing" };
var CANDIDATE = -1;
function matchDesiredTokens(entries, tokens) {
  const index = indexObserved(tokens);
  const owners = /* @__PURE__ */ new Map();
  const matches = entries.map((entry, entryIndex) => {
    const found = index.find(entry.selector);
    if (found.length === 0) return MISSING;
    if (found.length > 1) {
      for (const token2 of found) if (!owners.has(token2.id)) owners.set(token2.id, CANDIDATE);
      return { kind: "ambiguous", candidates: found };
    }
    const token = found[0];
    const earlierEntry = owners.get(token.id);
    if (earlierEntry !== void 0 && earlierEntry !== CANDIDATE) return { kind: "conflict", token, earlierEntry };
    owners.set(token.id, entryIndex);
    return { kind: "matched", token };
  });
  return { matches, claimed: { has: (id) => owners.has(id) } };
}
var SCAN_LIMIT = 16;
function indexObserved(tokens) {
  const byId = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  for (const token of tokens) {
    if (!byId.has(token.id)) byId.set(token.id, token);
    const bucket = byName.get(token.name);
    if (bucket) bucket.push(token);
    else byName.set(token.name, [token]);
  }
  const byNarrowing = /* @__PURE__ */ new Map();
  const nameIndex = (mask) => {
    const existing = byNarrowing.get(mask);
    if (existing) return existing;
    const built = /* @__PURE__ */ new Map();
    for (const token of tokens) {
      const key = narrowingKey(token.name, token, mask);
      if (key === null) continue;
      const bucket = built.get(key);
      if (bucket) bucket.push(token);
      else built.set(key, [token]);
    }
    byNarrowing.set(mask, built);
    return built;
  };
  return {
    find(selector) {
      if (selector.id !== null) {
        const token = byId.get(selector.id);
        return token ? [token] : [];
      }
      if (selector.name === null) return [];
      const named = byName.get(selector.name) ?? [];
      const mask = maskOf(selector);
      if (mask === 0) return named;
      if (named.length <= SCAN_LIMIT) return named.filter((token) => narrows(token, selector));
      const key = narrowingKey(selector.name, selector, mask);
      return key === null ? [] : nameIndex(mask).get(key) ?? [];
    }
  };
}
function narrows(token, selector) {
  return (selector.application === null || selector.application === token.application) && (selector.user === null || selector.user === token.user) && (selector.role === null || selector.role === token.role);
}
function maskOf(selector) {
  return (selector.application === null ? 0 : 1) | (selector.user === null ? 0 : 2) | (selector.role === null ? 0 : 4);
}
function narrowingKey(name, fields, mask) {
  let key = `${name.length}:${name}`;
  if ((mask & 1) !== 0) {
    if (fields.application === null) return null;
    key += `${fields.application.length}:${fields.application}`;
  }
  if ((mask & 2) !== 0) {
    if (fields.user === null) return null;
    key += `${fields.user.length}:${fields.user}`;
  }
  if ((mask & 4) !== 0) {
    if (fields.role === null) return null;
    key += `${fields.role.length}:${fields.role}`;
  }
  return key;
}

// src/domain/kinds/tba-token/plan-tokens.ts
function planTokens({ desired, observed, history, now }) {
  const { policy } = desired;
  const matching = matchDesiredTokens(desired.tokens, observed.tokens);
  const drafts = [];
  const findings = [];
  let managed = 0;
  let managedLive = 0;
  let unchanged = 0;
  let live = 0;
  for (const token of observed.tokens) if (token.state !== "revoked") live += 1;
  desired.tokens.forEach((entry, index) => {
    const match = matching.matches[index];
    if (match.kind !== "matched") {
      findings.push(unmatchedFinding(entry, match, desired.tokens));
      return;
    }
    const { token } = match;
    managed += 1;
    if (token.state !== "revoked") managedLive += 1;
    const outcome = declaredOutcome(entry, token, history);
    if (outcome === "unchanged") unchanged += 1;
    else if (outcome === "terminal") findings.push(terminalFinding(token, entry.state));
    else drafts.push(outcome);
    pushFound(findings, resurrected(token, history), drift(token, entry.state, history));
    if (entry.state !== "revoked") {
      const limitMs = entry.maxAgeMs ?? policy.maxAgeMs;
      const limit = limitMs === null ? null : { ms: limitMs, source: entry.maxAgeMs === null ? "policy" : "entry" };
      const age = ageAt(token.createdAt, now);
      pushFound(findings, rotationDue(token, age, limit), unused(token, age, policy.unusedForMs, observed.lastUse, now));
    }
  });
  if (policy.unmanaged !== "ignore") {
    const policyLimit = policy.maxAgeMs === null ? null : { ms: policy.maxAgeMs, source: "policy" };
    for (const token of observed.tokens) {
      if (matching.claimed.has(token.id) || token.state === "revoked") continue;
      pushFound(findings, resurrected(token, history));
      findings.push(unmanagedFinding(token, policy.unmanaged));
      if (policy.unmanaged === "inactivate" && token.state === "active") drafts.push(unmanagedInactivation(token, history));
      const age = ageAt(token.createdAt, now);
      pushFound(findings, rotationDue(token, age, policyLimit), unused(token, age, policy.unusedForMs, observed.lastUse, now));
    }
  }
  return { drafts, findings, observed: observed.tokens.length, managed, unchanged, declared: desired.tokens.length, live, managedLive };
}
function declaredOutcome(entry, token, history) {
  if (token.state === entry.state) return "unchanged";
  if (token.state === "revoked") return "terminal";
  const action = actionTo(entry.state);
  const selfRevocable = action === "revoke" && token.state === "active" && entry.credentials.status === "resolved";
  const via = selfRevocable ? "api" : "admin";
  return {
    subject: subjectOf(token),
    action,
    from: token.state,
    to: entry.state,
    via,
    reason: "declared",
    owner: entry.owner,
    entry: entry.key,
    why: declaredWhy(action, token.state, entry.credentials),
    block: changeGuard(subjectKey("tba-token", token.id), entry, history)
  };
}
function actionTo(declared) {
  switch (declared) {
    case "revoked":
      return "revoke";
    case "inactive":
      return "inactivate";
    case "active":
      return "activate";
  }
}
function declaredWhy(action, from, credentials) {
  switch (action) {
    case "inactivate":
      return "Declared inactive, and NetSuite has no API for the Inactive flag, so an administrator ticks Inactive on this token in the UI";
    case "activate":
      return "Declared active, and NetSuite has no API for the Inactive flag, so an administrator clears Inactive on this token in the UI";
    case "rotate":
      return "A TBA token is rotated by a person through NetSuite's authorization flow, never by the plan";
    case "revoke":
      if (from === "inactive") {
        return "Declared revoked, and an inactive token cannot sign its own revocation, so an administrator revokes this token in the NetSuite UI";
      }
      switch (credentials.status) {
        case "resolved":
          return "Declared revoked with its credentials set, so the operator revokes this token through rest/revoketoken, signed with the token itself";
        case "none":
          return "Declared revoked without credentials, so an administrator revokes this token in the NetSuite UI";
        case "unresolved": {
          const names = credentials.missing.join(", ");
          const verb = credentials.missing.length === 1 ? "is" : "are";
          return `Declared revoked, but ${names} ${verb} not set, so an administrator revokes this token in the NetSuite UI (or set ${credentials.missing.length === 1 ? "it" : "them"} and run again)`;
        }
      }
  }
}
function unmanagedInactivation(token, history) {
  return {
    subject: subjectOf(token),
    action: "inactivate",
    from: token.state,
    to: "inactive",
    via: "admin",
    reason: "unmanaged-policy",
    owner: null,
    entry: null,
    why: "Not declared in the file and policy.unmanaged is inactivate, so an administrator ticks Inactive on this token in the UI (declare it to keep it active)",
    block: changeGuard(subjectKey("tba-token", token.id), null, history)
  };
}
function terminalFinding(token, declared) {
  return {
    kind: "terminal",
    subject: subjectOf(token),
    message: `This token is revoked, which cannot be undone, but the file declares it ${declared}; create a new token, declare it, and mark this entry revoked.`,
    details: { state: token.state, declared }
  };
}
function unmanagedFinding(token, policy) {
  const message = policy === "report" || token.state === "inactive" ? `This token is in NetSuite but not declared in the file${token.state === "inactive" ? " (it is inactive)" : ""}; declare it (netsuite-tokens import writes entries) or have it revoked.` : "This token is in NetSuite but not declared in the file, so policy.unmanaged: inactivate has an administrator inactivate it; declare it to keep it active.";
  return { kind: "unmanaged", subject: subjectOf(token), message, details: { state: token.state, policy } };
}
function unmatchedFinding(entry, match, entries) {
  const declared = selectorRef(entry);
  switch (match.kind) {
    case "missing":
      return {
        kind: "missing",
        subject: declared,
        message: entry.selector.id !== null ? "No token with this id exists in NetSuite: it was deleted with its user, or never created; fix the id or remove the entry." : entry.selector.name !== null ? `No token in NetSuite has this name${narrowedBy(entry)}: it was deleted with its user, renamed, or never created; fix the entry or pin the token's id.` : "This entry declares neither an id nor a name, so it matches no token; give it the token's id."
      };
    case "ambiguous":
      return {
        kind: "ambiguous",
        subject: declared,
        message: `${match.candidates.length} tokens in NetSuite have this name${narrowedBy(entry)}, so this entry is left alone; pin the intended one with its id.`,
        candidates: match.candidates.map((token) => token.id).sort(compareIds)
      };
    case "conflict":
      return {
        kind: "ambiguous",
        subject: declared,
        message: `This entry resolves to the same token as ${describeEntry(match.earlierEntry, entries)}, so it is left alone; one token is managed by one entry: remove one of them or pin different ids.`,
        candidates: [match.token.id]
      };
  }
}
function narrowedBy(entry) {
  const fields = ["application", "user", "role"].filter((field) => entry.selector[field] !== null);
  return fields.length === 0 ? "" : ` and ${fields.join(", ")}`;
}
function describeEntry(index, entries) {
  const line = entries[index]?.source?.line;
  return line === void 0 ? `entry ${index + 1}` : `entry ${index + 1} (line ${line})`;
}
function selectorRef(entry) {
  const { id, name, application, user, role } = entry.selector;
  return { kind: "tba-token", id, name, application, user, role };
}
function pushFound(findings, ...found) {
  for (const finding2 of found) if (finding2 !== null) findings.push(finding2);
}

// src/domain/kinds/tba-token/tba-token-kind.ts
var TBA_TOKEN_KIND = {
  kind: "tba-token",
  plan: planTokens,
  // The token's edit page: the Inactive checkbox and the Revoke button.
  deepLink: (uiOrigin, subject) => subject.id === null ? null : `${uiOrigin}/app/setup/accesstoken.nl?id=${encodeURIComponent(subject.id)}&e=T`
};

// src/domain/kinds/m2m-certificate/certificate.ts
function certificateState(certificate, now) {
  if (certificate.revoked) return "revoked";
  const until = certificate.validUntil === null ? Number.NaN : Date.parse(certificate.validUntil);
  return !Number.isNaN(until) && until <= now.getTime() ? "expired" : "active";
}
function certificateSubject(mapping, certificate) {
  return {
    kind: "m2m-certificate",
    id: certificate?.certificateId ?? null,
    name: mapping.mapping,
    clientId: mapping.clientId,
    entity: mapping.entity,
    role: mapping.role,
    application: certificate?.application ?? null
  };
}

// src/domain/kinds/m2m-certificate/plan-certificates.ts
var MAX_ACTIVE_CERTIFICATES = 5;
var EXPIRING_WITHOUT_ROTATION_MS = 90 * 864e5;
var UI_PATH = "Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup";
function planCertificates({ desired, observed, history, now }) {
  const drafts = [];
  const findings = [];
  const byMapping = new Map(observed.certificates.map((entry) => [entry.mapping, entry]));
  const activeByClient = activeCertificatesByClient(observed.certificates, now);
  let observedCount = 0;
  let managed = 0;
  let unchanged = 0;
  for (const entry of desired.certificates) {
    const seen = byMapping.get(entry.mapping)?.observation ?? { status: "unobservable", missing: [] };
    const mappingSubject = certificateSubject(entry, null);
    switch (seen.status) {
      case "retired":
        managed += 1;
        unchanged += 1;
        continue;
      case "unobservable":
      case "refused": {
        findings.push({ kind: "unobservable", subject: mappingSubject, message: unobservableMessage(entry, seen) });
        if (entry.state === "revoked" && history.certificates.get(entry.mapping)?.allRevoked !== true) {
          drafts.push(draft(
            entry,
            mappingSubject,
            "revoke",
            "active",
            "revoked",
            "declared",
            "admin",
            `Declared revoked, and its certificates cannot be listed without the mapping's own token, so an administrator revokes every active certificate of this mapping in ${UI_PATH}`,
            history
          ));
        }
        continue;
      }
      case "observed":
        break;
    }
    managed += 1;
    const mine = seen.certificates.filter((certificate) => certificate.entity === entry.entity && certificate.role === entry.role);
    observedCount += mine.length;
    const active = mine.filter((certificate) => certificateState(certificate, now) === "active");
    if (entry.state === "revoked") {
      if (active.length === 0) unchanged += 1;
      for (const certificate of active) {
        const subject2 = certificateSubject(entry, certificate);
        const api = entry.credentials.status === "resolved";
        drafts.push(draft(entry, subject2, "revoke", "active", "revoked", "declared", api ? "api" : "admin", api ? "Declared revoked, so the operator revokes this certificate through the certificates API with the mapping's own token" : `Declared revoked, so an administrator revokes this certificate in ${UI_PATH}`, history));
      }
      continue;
    }
    const expired = mine.filter((certificate) => certificateState(certificate, now) === "expired");
    if (active.length === 0) {
      findings.push({
        kind: "missing",
        subject: mappingSubject,
        message: "This mapping is declared active but has no active certificate, so nothing can sign in with it; an administrator uploads a new certificate for its entity and role."
      });
      if (expired.length > 0) findings.push(expiredFinding(entry, expired, now));
      drafts.push(rotation(entry, mappingSubject, "none", "missing", capacityBlock(activeByClient, entry), history));
      continue;
    }
    unchanged += 1;
    const current = currentCertificate(entry, active);
    const expiresInMs = current.validUntil === null ? null : Date.parse(current.validUntil) - now.getTime();
    const subject = certificateSubject(entry, current);
    if (entry.rotation !== null && expiresInMs !== null && expiresInMs <= entry.rotation.renewBeforeMs) {
      drafts.push(rotation(entry, subject, "active", "expiring", capacityBlock(activeByClient, entry), history));
    } else if (entry.rotation === null && expiresInMs !== null && expiresInMs <= EXPIRING_WITHOUT_ROTATION_MS) {
      findings.push({
        kind: "expiring",
        subject,
        message: `This certificate expires in ${wholeDays(Math.max(0, expiresInMs))} days (${dateOf2(current.validUntil)}) and the mapping declares no rotation; add rotation: to have the operator replace it, or upload a new certificate.`
      });
    }
    findings.push(...unknownCertificates(entry, active, history), ...staleCredentials(entry, mine, now));
    if ((activeByClient.get(entry.clientId) ?? 0) >= MAX_ACTIVE_CERTIFICATES) {
      findings.push({
        kind: "capacity",
        subject: certificateSubject(entry, null),
        message: `The integration record already holds ${MAX_ACTIVE_CERTIFICATES} active certificates, NetSuite's maximum, so no new one can be uploaded; revoke one that nothing uses.`
      });
    }
  }
  return { drafts, findings, observed: observedCount, managed, unchanged, declared: desired.certificates.length, live: 0, managedLive: 0 };
}
function currentCertificate(entry, active) {
  const bundled = active.find((certificate) => certificate.certificateId === entry.bundleCertificateId);
  if (bundled !== void 0) return bundled;
  return [...active].sort((a, b) => (b.validUntil ?? "").localeCompare(a.validUntil ?? "") || a.certificateId.localeCompare(b.certificateId))[0];
}
function rotation(entry, subject, from, reason, capacity, history) {
  const why = reason === "missing" ? `Declared active with no active certificate, so an administrator generates a key and certificate and uploads it for entity ${entry.entity} and role ${entry.role} in ${UI_PATH} (the operator will do this itself once rotation is built)` : entry.rotation === null ? "Rotation was asked for" : `The certificate expires within renewBefore (${formatDuration(entry.rotation.renewBeforeMs)}), so it is due for rotation; until the operator rotates certificates itself, an administrator uploads a new one for entity ${entry.entity} and role ${entry.role} in ${UI_PATH} and delivers its key`;
  const guarded = draft(entry, subject, "rotate", from, "active", reason, "admin", why, history);
  return guarded.block === null && capacity !== null ? { ...guarded, block: capacity } : guarded;
}
function draft(entry, subject, action, from, to, reason, via, why, history) {
  const guard = changeGuard(certificateKey(entry.mapping, null), { isOperator: entry.isOperator && action === "revoke", protect: entry.protect }, history);
  return { subject, action, from, to, via, reason, owner: entry.owner, entry: entry.key, why, block: guard };
}
function capacityBlock(activeByClient, entry) {
  if ((activeByClient.get(entry.clientId) ?? 0) < MAX_ACTIVE_CERTIFICATES) return null;
  return { reason: "capacity", clause: `but its integration record already holds ${MAX_ACTIVE_CERTIFICATES} active certificates, NetSuite's maximum, so a new one cannot be uploaded until one is revoked` };
}
function activeCertificatesByClient(observed, now) {
  const seen = /* @__PURE__ */ new Map();
  for (const entry of observed) {
    if (entry.observation.status !== "observed") continue;
    const ids = seen.get(entry.clientId) ?? /* @__PURE__ */ new Set();
    for (const certificate of entry.observation.certificates) if (certificateState(certificate, now) === "active") ids.add(certificate.certificateId);
    seen.set(entry.clientId, ids);
  }
  return new Map([...seen].map(([clientId, ids]) => [clientId, ids.size]));
}
function unknownCertificates(entry, active, history) {
  const known = history.certificates.get(entry.mapping)?.known ?? /* @__PURE__ */ new Set();
  return active.filter((certificate) => certificate.certificateId !== entry.bundleCertificateId && !known.has(certificate.certificateId)).map((certificate) => finding(
    "unknown-certificate",
    entry,
    certificate,
    "This active certificate is mapped to the mapping\u2019s entity and role, but neither the status file nor the mapping\u2019s bundle knows it; find out who uploaded it, then revoke it if nothing uses it (the operator never revokes it on its own)."
  ));
}
function staleCredentials(entry, mine, now) {
  if (entry.bundleCertificateId === null) return [];
  const bundled = mine.find((certificate) => certificate.certificateId === entry.bundleCertificateId);
  const state = bundled === void 0 ? null : certificateState(bundled, now);
  if (state === "active") return [];
  const why = state === null ? "is not among the certificates NetSuite lists for its entity and role" : `is ${state}`;
  return [{
    kind: "stale-credentials",
    subject: certificateSubject(entry, { certificateId: entry.bundleCertificateId, application: bundled?.application ?? null }),
    message: `The certificate in this mapping's credentials bundle ${why}, so whatever reads that bundle cannot sign in; deliver the bundle of an active certificate.`
  }];
}
function expiredFinding(entry, expired, now) {
  const latest = [...expired].sort((a, b) => (b.validUntil ?? "").localeCompare(a.validUntil ?? ""))[0];
  const ago = latest.validUntil === null ? null : wholeDays(now.getTime() - Date.parse(latest.validUntil));
  return finding("expired", entry, latest, `This certificate expired${ago === null ? "" : ` ${ago} days ago (${dateOf2(latest.validUntil)})`}, and the mapping has no active one left.`);
}
function finding(kind, entry, certificate, message) {
  return { kind, subject: certificateSubject(entry, certificate), message };
}
function unobservableMessage(entry, seen) {
  if (seen.status === "refused") return `NetSuite refused to list this mapping's certificates: ${seen.reason}`;
  if (entry.credentials.status === "none") return "This mapping declares no credentials, and only its own token may list its certificates; give it credentials: env:NAME (its bundle) to have it observed.";
  const names = seen.missing.length > 0 ? seen.missing : entry.credentials.status === "unresolved" ? entry.credentials.missing : [];
  return `This mapping's credentials are not set (${names.join(", ")}), and only its own token may list its certificates; set ${names.length === 1 ? "it" : "them"} to have it observed.`;
}
function dateOf2(instant) {
  const at = instant === null ? Number.NaN : Date.parse(instant);
  return Number.isNaN(at) ? "an unrecorded date" : new Date(at).toISOString().slice(0, 10);
}

// src/domain/kinds/m2m-certificate/m2m-certificate-kind.ts
var M2M_CERTIFICATE_KIND = {
  kind: "m2m-certificate",
  plan: planCertificates,
  deepLink: () => null
};

// src/domain/kinds/registry.ts
var CREDENTIAL_KINDS = {
  "tba-token": TBA_TOKEN_KIND,
  "m2m-certificate": M2M_CERTIFICATE_KIND
};
function deepLinkFor(uiOrigin, subject) {
  switch (subject.kind) {
    case "tba-token":
      return CREDENTIAL_KINDS["tba-token"].deepLink(uiOrigin, subject);
    case "m2m-certificate":
      return CREDENTIAL_KINDS["m2m-certificate"].deepLink(uiOrigin, subject);
  }
}

// src/domain/plan-only.ts
function realm(value) {
  return value.trim().toUpperCase().replaceAll("-", "_");
}
function namesOf(subject) {
  switch (subject.kind) {
    case "tba-token":
      return subject.id === null ? [] : [subject.id];
    // A mapping by its name, or one of its certificates by id.
    case "m2m-certificate":
      return subject.id === null ? [subject.name] : [subject.name, subject.id];
  }
}
function onlySelection(only, account) {
  if (only.length === 0 || only.some((value) => realm(value) === realm(account))) return null;
  const wanted = new Set(only.map((value) => value.trim()));
  return (subject) => namesOf(subject).some((name) => wanted.has(name));
}

// src/domain/plan-changes.ts
function planChanges(desired, observed, history, now, options) {
  const context = { desired, observed, history, now };
  const parts = SUBJECT_KINDS.map((kind) => ({ kind, part: CREDENTIAL_KINDS[kind].plan(context) }));
  const selected = onlySelection(options.only ?? [], observed.account);
  const drafts = parts.flatMap(({ part }) => selected === null ? part.drafts : part.drafts.filter((draft2) => selected(draft2.subject)));
  const limited = enforceChangeLimit(drafts, desired.policy.maxChangesPerRun, options);
  const totals = { declared: 0, live: 0, managedLive: 0 };
  for (const { part } of parts) {
    totals.declared += part.declared;
    totals.live += part.live;
    totals.managedLive += part.managedLive;
  }
  const refusal = emptyDesiredRefusal(totals, desired.policy.unmanaged) ?? limited.refusal;
  const changes = sortChanges(limited.drafts.map(toChange));
  const findings = sortFindings(parts.flatMap(({ part }) => selected === null ? part.findings : part.findings.filter((finding2) => selected(finding2.subject))));
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    account: observed.account,
    observedAt: observed.observedAt,
    changes,
    findings,
    summary: summarize(parts, changes),
    refusal
  };
}
function enforceChangeLimit(drafts, limit, options) {
  const applicable = drafts.filter((draft2) => draft2.block === null).length;
  if (applicable <= limit || options.allowOverLimit) return { drafts, refusal: null };
  const block = overLimitBlock(limit);
  return {
    drafts: drafts.map((draft2) => draft2.block === null ? { ...draft2, block } : draft2),
    refusal: overLimitRefusal(applicable, drafts.length - applicable, limit)
  };
}
function toChange(draft2) {
  return {
    subject: draft2.subject,
    action: draft2.action,
    from: draft2.from,
    to: draft2.to,
    via: draft2.via,
    reason: draft2.reason,
    blocked: draft2.block?.reason ?? null,
    owner: draft2.owner,
    message: draft2.block === null ? `${draft2.why}.` : `${draft2.why}, ${draft2.block.clause}.`,
    entry: draft2.entry
  };
}
function summarize(parts, changes) {
  const byKind = Object.fromEntries(parts.map(({ kind, part }) => [kind, kindSummary(part, changes.filter((change) => change.subject.kind === kind))]));
  const all = kindSummary({ observed: 0, managed: 0, unchanged: 0 }, changes);
  let managed = 0;
  let unchanged = 0;
  for (const { part } of parts) {
    managed += part.managed;
    unchanged += part.unchanged;
  }
  return { tokens: byKind["tba-token"].observed, managed, unchanged, changes: all.changes, api: all.api, admin: all.admin, blocked: all.blocked, byKind };
}
function kindSummary(part, changes) {
  let api = 0;
  let admin = 0;
  let blocked = 0;
  for (const change of changes) {
    if (change.blocked !== null) blocked += 1;
    else if (change.via === "api") api += 1;
    else admin += 1;
  }
  return { observed: part.observed, managed: part.managed, unchanged: part.unchanged, changes: api + admin, api, admin, blocked };
}

// src/domain/group-by.ts
function groupBy(items, keyOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === void 0) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

// src/domain/lines.ts
function appendLines(target, source) {
  for (const line of source) target.push(line);
}

// src/domain/markdown.ts
var MAX_SHOWN = 200;
var INVISIBLE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/gu;
function visibleText(text) {
  return text.replace(INVISIBLE_OR_CONTROL, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`);
}
function shorten(text, max = MAX_SHOWN) {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join("")}\u2026`;
}
function codeSpan(text) {
  if (text === null || text === "") return "\u2014";
  const safe = shorten(visibleText(text)).replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...Array.from(safe.matchAll(/`+/g), (match) => match[0].length));
  const fence = "`".repeat(longestRun + 1);
  const pad = safe.startsWith("`") || safe.endsWith("`") || safe.startsWith(" ") ? " " : "";
  return `${fence}${pad}${safe}${pad}${fence}`;
}
function escapeMarkdown(text) {
  return visibleText(text).replace(/[\\`*_{}[\]()#+!|<>~]/g, (char) => `\\${char}`).replace(/\n/g, " ");
}

// src/domain/text-layout.ts
var SGR = { bold: "1", dim: "2", red: "31", green: "32", yellow: "33", magenta: "35", cyan: "36" };
function paint(text, tone, color) {
  return color && tone !== void 0 && text !== "" ? `\x1B[${SGR[tone]}m${text}\x1B[0m` : text;
}
var COLUMN_MAX = 48;
function terminalText(value, max = COLUMN_MAX) {
  if (value === null || value === "") return "\u2014";
  return shorten(visibleText(value), max);
}
function width(text) {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}
var MIN_SHRUNK_COLUMN = 8;
var READABLE_COLUMN = 16;
var GAP = 2;
function alignRows(allRows, color, indent = "  ", maxWidth = null) {
  let rows = allRows;
  let widths = columnWidths(rows);
  if (maxWidth !== null) {
    const available = maxWidth - width(indent);
    for (; ; ) {
      const shrinkable = columnFlags(rows, (cell) => cell.shrink === true);
      if (fitColumns(widths, shrinkable, available, READABLE_COLUMN)) break;
      const dropped = columnToDrop(rows);
      if (dropped === null) {
        fitColumns(widths, shrinkable, available, MIN_SHRUNK_COLUMN);
        break;
      }
      rows = rows.map((row) => row.filter((_, column) => column !== dropped));
      widths = columnWidths(rows);
    }
  }
  return rows.map((row) => {
    const parts = row.map((cell, column) => {
      const columnWidth = widths[column] ?? 0;
      const text = width(cell.text) > columnWidth ? shorten(cell.text, columnWidth) : cell.text;
      const padding = column === row.length - 1 ? "" : " ".repeat(columnWidth - width(text));
      return paint(text, cell.tone, color) + padding;
    });
    return (indent + parts.join(" ".repeat(GAP))).trimEnd();
  });
}
function columnWidths(rows) {
  const widths = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, width(cell.text));
    });
  }
  return widths;
}
function columnFlags(rows, test) {
  const flags = [];
  for (const row of rows) row.forEach((cell, column) => {
    if (test(cell)) flags[column] = true;
  });
  return flags;
}
function columnToDrop(rows) {
  let best = null;
  for (const row of rows) {
    row.forEach((cell, column) => {
      if (cell.optional !== void 0 && (best === null || cell.optional > best.rank)) best = { column, rank: cell.optional };
    });
  }
  return best?.column ?? null;
}
function fitColumns(widths, shrinkable, available, minimum) {
  const natural = [...widths];
  let total = widths.reduce((sum, each) => sum + each, 0) + GAP * Math.max(0, widths.length - 1);
  while (total > available) {
    let widest = -1;
    widths.forEach((each, column) => {
      const floor = Math.min(natural[column] ?? 0, minimum);
      if (shrinkable[column] === true && each > floor && (widest === -1 || each > (widths[widest] ?? 0))) widest = column;
    });
    if (widest === -1) return false;
    widths[widest] = (widths[widest] ?? 0) - 1;
    total -= 1;
  }
  return true;
}
function wrapText(text, maxWidth, indent = "") {
  if (maxWidth === null || width(indent) + width(text) <= maxWidth) return [indent + text];
  const room = Math.max(MIN_SHRUNK_COLUMN, maxWidth - width(indent));
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line === "") line = word;
    else if (width(line) + 1 + width(word) <= room) line = `${line} ${word}`;
    else {
      lines.push(indent + line);
      line = word;
    }
  }
  lines.push(indent + line);
  return lines;
}

// src/domain/render-text.ts
function proseLines(text, tone, options, indent = "") {
  return wrapText(text, options.width ?? null, indent).map((line) => indent + paint(line.slice(indent.length), tone, options.color));
}
function renderPlanText(plan, options) {
  const { color } = options;
  const lines = proseLines(`Plan for NetSuite account ${terminalText(plan.account)}, observed ${terminalText(plan.observedAt)}`, "bold", options);
  if (plan.refusal !== null) lines.push("", ...refusalLines(plan.refusal, options));
  const groups = groupBy(plan.changes, (change) => change.action);
  for (const action of CHANGE_ACTIONS) {
    const group = groups.get(action);
    if (group === void 0) continue;
    lines.push("", paint(`${actionTitle(action)} (${group.length})`, actionTone(action), color));
    appendLines(lines, changeTable(group, {
      change: (change) => change,
      stateHeader: "FROM",
      state: (change) => change.from,
      status: blockedCell,
      details: (change) => changeDetails(change, options)
    }, options));
  }
  if (plan.findings.length > 0) {
    lines.push("");
    appendLines(lines, findingLines(plan.findings, options));
  }
  lines.push("", ...proseLines(planSummaryLine(plan), "bold", options));
  return `${lines.join("\n")}
`;
}
function refusalLines(refusal, options) {
  return [...proseLines(`!! ${refusalHeadline(refusal)}: nothing will be applied.`, "red", options), ...proseLines(terminalText(refusal.message, 1e3), "red", options, "   ")];
}
function actionTone(action) {
  switch (action) {
    case "revoke":
      return "red";
    case "inactivate":
      return "yellow";
    case "activate":
      return "green";
    case "rotate":
      return "cyan";
  }
}
function changeDetails(change, options) {
  const details = [{ text: terminalText(change.message, 1e3), tone: "dim" }];
  const link = change.via === "admin" && change.blocked === null ? deepLinkFor(options.uiOrigin, change.subject) : null;
  if (link !== null) details.push({ text: link });
  return details;
}
function subjectCells(subject) {
  switch (subject.kind) {
    case "tba-token":
      return [
        { text: terminalText(subject.id, 24), tone: "bold" },
        { text: terminalText(subject.name), shrink: true },
        // NetSuite names a token "APPLICATION - USER - ROLE" unless someone renames it: on a narrow
        // terminal these columns go first, role first (then the owner, in a table of changes).
        { text: terminalText(subject.application, 32), shrink: true, optional: 2 },
        { text: terminalText(subject.user, 32), shrink: true, optional: 3 },
        { text: terminalText(subject.role, 32), shrink: true, optional: 4 }
      ];
    // A certificate: its id, the mapping's name, the integration, and the entity and role ids it signs in as.
    case "m2m-certificate":
      return [
        { text: terminalText(subject.id === null ? null : shortId(subject.id), 24), tone: "bold" },
        { text: terminalText(subject.name), shrink: true },
        { text: terminalText(subject.application ?? shortId(subject.clientId), 32), shrink: true, optional: 2 },
        { text: terminalText(`entity ${subject.entity}`, 32), shrink: true, optional: 3 },
        { text: terminalText(`role ${subject.role}`, 32), shrink: true, optional: 4 }
      ];
  }
}
function shortId(id) {
  return id.length > 16 ? `${id.slice(0, 12)}\u2026` : id;
}
function changeTable(items, columns, options) {
  const header = [...subjectHeaders(items.map((item) => columns.change(item).subject)), columns.stateHeader, "VIA", "OWNER", "STATUS"].map((text) => ({ text: text.toUpperCase(), tone: "dim" }));
  const rows = items.map((item) => {
    const change = columns.change(item);
    return [...subjectCells(change.subject), { text: columns.state(item) }, { text: viaLabel(change.via) }, { text: terminalText(change.owner, 40), shrink: true, optional: 1 }, columns.status(item)];
  });
  const aligned = alignRows([header, ...rows], options.color, "  ", options.width ?? null);
  const lines = [aligned[0] ?? ""];
  items.forEach((item, index) => {
    lines.push(aligned[index + 1] ?? "");
    for (const detail of columns.details(item)) lines.push(...proseLines(detail.text, detail.tone, options, "      "));
  });
  return lines;
}
function blockedCell(change) {
  return change.blocked === null ? { text: "ready", tone: "green" } : { text: blockedLabel(change.blocked), tone: "magenta" };
}
var FINDINGS_SHOWN_PER_KIND = 50;
function findingLines(findings, options) {
  const { color } = options;
  const lines = [paint(`Findings (${findings.length})`, "cyan", color)];
  const byKind = groupBy(findings, (finding2) => finding2.kind);
  for (const kind of FINDING_KINDS) {
    const all = byKind.get(kind);
    if (all === void 0) continue;
    lines.push(paint(`  ${findingTitle(kind)} (${all.length})`, "cyan", color));
    const group = all.slice(0, FINDINGS_SHOWN_PER_KIND);
    const header = subjectHeaders(group.map((finding2) => finding2.subject)).map((text) => ({ text: text.toUpperCase(), tone: "dim" }));
    const aligned = alignRows([header, ...group.map((finding2) => subjectCells(finding2.subject))], color, "    ", options.width ?? null);
    lines.push(aligned[0] ?? "");
    group.forEach((finding2, index) => {
      lines.push(aligned[index + 1] ?? "");
      lines.push(...proseLines(terminalText(finding2.message, 1e3), "dim", options, "        "));
      if (finding2.candidates !== void 0) {
        lines.push(...proseLines(`${plural(finding2.candidates.length, "candidate")}: ${finding2.candidates.map((id) => terminalText(id, 24)).join(", ")}`, void 0, options, "        "));
      }
    });
    if (all.length > group.length) lines.push(`    \u2026and ${all.length - group.length} more; --format json and the status file list them all.`);
  }
  return lines;
}

// src/domain/render-markdown.ts
var DEFAULT_MAX_ROWS = 100;
function renderPlanMarkdown(plan, options) {
  const lines = [`### NetSuite token plan for ${codeSpan(plan.account)}`, "", `Observed ${escapeMarkdown(plan.observedAt)}.`, ""];
  if (plan.refusal !== null) lines.push(...refusalCallout(plan.refusal), "");
  const counts = changeCounts(plan);
  lines.push(`**${escapeMarkdown(planSummaryLine(plan))}**`, "");
  lines.push(
    "| Tokens observed | Managed | Unchanged | Changes | Via API | For an administrator | Blocked | Findings |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${plan.summary.tokens} | ${plan.summary.managed} | ${plan.summary.unchanged} | ${counts.api + counts.admin} | ${counts.api} | ${counts.admin} | ${counts.blocked} | ${plan.findings.length} |`
  );
  const groups = groupBy(plan.changes, (change) => change.action);
  for (const action of CHANGE_ACTIONS) {
    const group = groups.get(action);
    if (group === void 0) continue;
    lines.push("", `#### ${actionTitle(action)} (${group.length})`, "");
    appendLines(lines, changesTable(group, {
      change: (change) => change,
      stateHeader: "From",
      state: (change) => change.from,
      status: blockedStatus,
      whyHeader: "Why",
      why: (change) => planWhy(change, options.uiOrigin)
    }, options));
  }
  appendLines(lines, findingsMarkdown(plan.findings, options));
  return `${lines.join("\n")}
`;
}
function refusalCallout(refusal) {
  return ["> [!CAUTION]", `> **${escapeMarkdown(refusalHeadline(refusal))}**: nothing will be applied. ${escapeMarkdown(refusal.message)}`];
}
function planWhy(change, uiOrigin) {
  const why = escapeMarkdown(change.message);
  const link = change.via === "admin" && change.blocked === null ? deepLinkFor(uiOrigin, change.subject) : null;
  return link === null ? why : `${why} ${markdownLink("Open in NetSuite", link)}`;
}
function markdownLink(label, url) {
  const destination = url.replace(/[\s()<>[\]\\`"'|]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return `[${escapeMarkdown(label)}](${destination})`;
}
function subjectCells2(subject) {
  switch (subject.kind) {
    case "tba-token":
      return [codeSpan(subject.id), codeSpan(subject.name), codeSpan(subject.application), codeSpan(subject.user), codeSpan(subject.role)];
    case "m2m-certificate":
      return [codeSpan(subject.id), codeSpan(subject.name), codeSpan(subject.application ?? subject.clientId), codeSpan(subject.entity), codeSpan(subject.role)];
  }
}
function markdownTable(headers, rows, max, total = rows.length) {
  const shown = rows.slice(0, max);
  const lines = [`| ${headers.join(" | ")} |`, `| ${headers.map(() => "---").join(" | ")} |`, ...shown.map((cells) => `| ${cells.join(" | ")} |`)];
  if (total > shown.length) lines.push("", `_\u2026and ${total - shown.length} more not shown here; the JSON output and the status file list them all._`);
  return lines;
}
function changesTable(items, columns, options) {
  const rows = items.map((item) => {
    const change = columns.change(item);
    return [...subjectCells2(change.subject), escapeMarkdown(columns.state(item)), escapeMarkdown(viaLabel(change.via)), codeSpan(change.owner), columns.status(item), columns.why(item)];
  });
  return markdownTable([...subjectHeaders(items.map((item) => columns.change(item).subject)), columns.stateHeader, "Via", "Owner", "Status", columns.whyHeader], rows, maxRows(options));
}
function maxRows(options) {
  return options.maxRowsPerTable ?? DEFAULT_MAX_ROWS;
}
function blockedStatus(change) {
  return change.blocked === null ? "ready" : `**${escapeMarkdown(blockedLabel(change.blocked))}**`;
}
function findingsMarkdown(findings, options) {
  if (findings.length === 0) return [];
  const lines = ["", `#### Findings (${findings.length})`];
  const byKind = groupBy(findings, (finding2) => finding2.kind);
  for (const kind of FINDING_KINDS) {
    const group = byKind.get(kind);
    if (group === void 0) continue;
    lines.push("", `##### ${escapeMarkdown(findingTitle(kind))} (${group.length})`, "");
    const max = maxRows(options);
    const rows = group.slice(0, max).map((finding2) => {
      const candidates = finding2.candidates === void 0 ? "" : ` Candidates: ${finding2.candidates.map((id) => codeSpan(id)).join(", ")}.`;
      return [...subjectCells2(finding2.subject), `${escapeMarkdown(finding2.message)}${candidates}`];
    });
    appendLines(lines, markdownTable([...subjectHeaders(group.map((finding2) => finding2.subject)), "Finding"], rows, max, group.length));
  }
  return lines;
}

// .perf/plan-cost.ts
var input = planningInput(2e4, "rotation-and-unused");
var unmanaged = { ...input.desired, tokens: input.desired.tokens.slice(0, 7) };
var cpu = (work) => {
  const before = process.cpuUsage();
  const value = work();
  const u = process.cpuUsage(before);
  return [Math.round((u.user + u.system) / 1e3), value];
};
for (let i = 0; i < 6; i += 1) {
  const [declaredMs, plan] = cpu(() => planChanges(input.desired, input.observation, EMPTY_HISTORY, input.now, { allowOverLimit: false }));
  const [unmanagedMs, plan2] = cpu(() => planChanges(unmanaged, input.observation, EMPTY_HISTORY, input.now, { allowOverLimit: false }));
  const [textMs] = cpu(() => renderPlanText(plan2, { color: false, uiOrigin: "https://x", width: null }));
  const [mdMs] = cpu(() => renderPlanMarkdown(plan2, { uiOrigin: "https://x" }));
  console.log(`all declared ${declaredMs} ms (${plan.findings.length} findings); 7 declared ${unmanagedMs} ms (${plan2.findings.length} findings); text ${textMs}, markdown ${mdMs}`);
}
