// Generated from openapi/microsite.yaml by `npm run types`. Do not edit; CI fails when it drifts.
export interface paths {
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an anonymous session
         * @description Issues a new anonymous session and returns an access token and a refresh token for it.
         *     No request headers and no request body.
         *
         *     Both tokens are HS256 JWTs signed by the stub with a `sessionId` claim and a `kind`
         *     claim (`access` or `refresh`); both expire after 31536000 s, so `expiresIn` and
         *     `refreshExpiresIn` are always `31536000`.
         *
         *     `500` (JWT generation failed) is only produced on request (`Prefer: code=500`).
         *
         *     **Session creation limit.** At most 100 sessions a minute may be created from one client
         *     address (fixed one-minute windows), so that one client cannot evict every other user's
         *     session from the stub's capped store: the 101st gets `429` with `Retry-After` (seconds);
         *     answers under the limit carry no rate-limit header. Every call creates a session.
         *     `POST /__stubs/reset` clears the count and `--no-rate-limits` turns it off. Through MSW
         *     every request comes from one address.
         */
        post: operations["createSession"];
        /**
         * Revoke the session
         * @description Revokes (blacklists) the session's refresh token, ending the session.
         *
         *     Needs the access token in `Authorization: Bearer <accessToken>` **and** the session's
         *     current refresh token in the body. The refresh token must belong to the same session as
         *     the access token, otherwise `401`. After revocation every token of that session (access
         *     and refresh) gets `401`.
         *
         *     Errors: `400` missing or malformed `refreshToken`; `401` invalid access token, invalid
         *     refresh token, a refresh token of another session or a token of the wrong `kind`;
         *     `404` the access token is valid but its session no longer exists in the stub (after
         *     `POST /__stubs/reset` or eviction); `500` (revocation failed) only on request
         *     (`Prefer: code=500`).
         */
        delete: operations["revokeSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh (rotate) the token pair
         * @description Exchanges a valid refresh token for a new token pair. No `Authorization` header.
         *
         *     Rotation: every refresh returns a **new** refresh token as well as a new access token
         *     (always, not optionally), and the refresh token that was used stops working at once;
         *     presenting it again gets `401`. The refresh token of a revoked session gets `401`.
         *
         *     Errors: `400` missing or malformed body; `401` invalid, expired, already used (rotated)
         *     or revoked refresh token, or an access token sent as the refresh token; `500` (JWT
         *     rotation failed) only on request (`Prefer: code=500`).
         */
        post: operations["refreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/goal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a goal
         * @description Parses the user's raw input into a structured goal and returns the initial
         *     personalisation payload.
         *
         *     `goal` is free-form but always contains `raw` (the input verbatim), `summary`, `domain`
         *     (e.g. `restaurants`), `objective` (e.g. `build an AI agent`), `keywords` and
         *     `clarifications` (the answers given to `POST /api/clarify`, oldest first; empty after a
         *     new goal).
         *
         *     Mission catalogue: the first goal submitted fixes the session's catalogue of five
         *     missions, in this order: `defineMetrics` (15 points), `sketchFlow` (15), `runDemo` (20),
         *     `reviewCaseStudy` (15) and `planPilot` (15), 80 points in all. Ids, order and points
         *     never change for the session; titles name the current goal's domain
         *     (`Define Success Metrics for Restaurants`). Submitting a new goal replaces `goal`,
         *     `headline` and `recommendedCaseStudies`, retitles the missions for the new domain
         *     (`Define Success Metrics for Healthcare` after a goal about clinics) and keeps their
         *     progress: completed missions stay completed and their points stay earned (`missions` is
         *     returned in catalogue order).
         *
         *     Errors: `400` missing or empty `input` (it must contain a non-space character, at most
         *     2000 characters); `401` invalid or expired access token; `404` the session no longer
         *     exists in the stub; `500` (LLM parse error) only on request (`Prefer: code=500`).
         */
        post: operations["submitGoal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clarify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clarify the goal
         * @description Accepts one follow-up answer that refines the goal and returns the updated
         *     personalisation (without `sessionId`).
         *
         *     The clarification is appended to `goal.clarifications` (which keeps the last 20, the
         *     oldest dropped) and refines `goal.summary`, `goal.keywords`, `headline` and
         *     `recommendedCaseStudies`; `goal.domain` changes only when the goal named no known
         *     sector and the clarification does (`for dentists`, then `Our clinics are busy`:
         *     `healthcare`). Mission ids, points and progress are unchanged (`missions` is the same
         *     catalogue, in the same order); titles name the goal's domain, as after `POST /api/goal`.
         *
         *     Errors: `400` missing or empty `clarification` (it must contain a non-space character,
         *     at most 2000 characters); `401` invalid token; `404` the session has no goal yet
         *     (nothing to clarify) or the session no longer exists in the stub; `500` (clarification
         *     parse failure) only on request (`Prefer: code=500`).
         */
        post: operations["clarifyGoal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/personalised": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch the personalised content
         * @description Returns all personalised content (headline, goal, missions, recommended case studies) in
         *     one payload. `missions` is the session's catalogue in catalogue order.
         *
         *     Errors: `401` invalid token; `404` the session no longer exists in the stub or no goal
         *     has been submitted yet; `500` (personalisation engine error) only on request
         *     (`Prefer: code=500`).
         */
        get: operations["getPersonalised"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get mission progress
         * @description Returns the current mission statuses (catalogue order), total points and the unlock
         *     flag.
         *
         *     Before any goal has been submitted the session has no catalogue: `200` with
         *     `missions: []`, `pointsTotal: 0` and `callUnlocked: false`.
         *
         *     Unlock rule: `callUnlocked` is true once `pointsTotal >= 60`.
         *
         *     Errors: `401` invalid token; `404` the session no longer exists in the stub; `500`
         *     (scoring engine error) only on request (`Prefer: code=500`).
         */
        get: operations["getProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mission/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a mission
         * @description Marks a mission complete, records its artifact, awards its points and returns the
         *     updated progress.
         *
         *     Points are awarded exactly once per mission. `nextMission` is the first still-pending
         *     mission in catalogue order; it is omitted when every mission is completed.
         *
         *     Unlock rule: `callUnlocked` is true once `pointsTotal >= 60`. The prose example
         *     (`pointsTotal: 60`, `callUnlocked: false`) contradicts the prose's session-hydration
         *     example (`pointsTotal: 60`, `callUnlocked: true`); we picked 60 as the threshold, and
         *     the example in this document was corrected to `callUnlocked: true`.
         *
         *     Errors: `400` missing `missionId` or invalid `artifact` (`artifact.answer` is required,
         *     1 to 5000 characters); `401` invalid token; `403` the mission is already completed;
         *     `404` the mission is not in the session's catalogue, no goal has been submitted yet (so
         *     there is no catalogue), or the session no longer exists in the stub; `500` (scoring
         *     update failure) only on request (`Prefer: code=500`). The prose lists "invalid mission"
         *     under both `403` and `404`; we answer `404` for a mission that is not in the catalogue
         *     and `403` only for "already completed".
         */
        post: operations["completeMission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unlock-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check whether the call is unlocked
         * @description Quick check whether the free-call gate is unlocked.
         *
         *     Unlock rule: `callUnlocked` is true once `pointsTotal >= 60` (always false before a
         *     goal has been submitted).
         *
         *     Errors: `401` invalid token; `404` the session no longer exists in the stub.
         */
        get: operations["getUnlockStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the full session state
         * @description Returns the entire session state to hydrate the frontend: `sessionId`, the goal,
         *     mission statuses (catalogue order), total points and the unlock flag.
         *
         *     A fresh session (no goal submitted yet) hydrates with `200`: `goal` omitted,
         *     `missions: []`, `pointsTotal: 0`, `callUnlocked: false`.
         *
         *     Unlock rule: `callUnlocked` is true once `pointsTotal >= 60`.
         *
         *     Errors: `401` invalid token; `404` the session no longer exists in the stub; `500`
         *     (session retrieval error) only on request (`Prefer: code=500`).
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Chat with the assistant
         * @description Continues the contextual conversation. Returns the assistant's reply and the full chat
         *     history, plus progress, follow-up missions, reading suggestions and a navigation
         *     instruction once a goal exists.
         *
         *     `history` is the session's whole conversation, oldest first; each call appends exactly
         *     two turns (the user's `message`, then the assistant's `reply`). The stub keeps the last
         *     200 turns per session, and fewer when the session is over its 512 KiB (long messages:
         *     about 60 turns of 4000 characters): the oldest turns go first.
         *
         *     The reply is grounded in the session's goal, its pending missions and the request's
         *     `context`. Before a goal has been submitted the reply asks for a goal, `navigate`
         *     points to page `micro-landing`, section `hero`, and the other optional fields are
         *     omitted. Once a goal exists, a message is about the project when it mentions missions,
         *     progress, points, the call, case studies, the AI idea or the goal's own words
         *     (`Which mission should I tackle next?`, `Done with metrics.`); greetings and thanks
         *     count too and are answered in kind (`Hello!`, `You are welcome.`). Any other message
         *     (`What's the weather like in Paris?`, `Tell me a joke`) is off-topic: the reply says so
         *     and steers back to the next pending mission (or to booking the call once every mission
         *     is completed), with `updatedProgress` and `followUpMissions` but no `suggestedRead` and
         *     no `navigate` (the user did not ask to go anywhere). For a project message,
         *     `updatedProgress`, `followUpMissions` (pending missions in catalogue order, at most 2),
         *     `suggestedRead` and `navigate` are present; `navigate`
         *     points to page `mission-dashboard`, section `mission-<n>` where `<n>` is the 1-based
         *     catalogue position of the next pending mission, with metadata `{missionId}` (when every
         *     mission is completed, `followUpMissions` is empty and `navigate` points to
         *     `mission-dashboard`/`progress-widget`, without metadata).
         *
         *     Errors: `400` missing or malformed `message`/`context` fields (`message` must contain a
         *     non-space character, at most 4000 characters; `context.page` and `context.section` are
         *     required); `401` missing, invalid or expired access token; `404` the session no longer
         *     exists in the stub; `500` (assistant or backend failure) only on request
         *     (`Prefer: code=500`).
         */
        post: operations["chat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Error envelope used by every error response. */
        Error: {
            /** @description The error. */
            error: {
                /** @description The HTTP status code of the response. */
                code: number;
                /** @description Human-readable description naming the offending field, e.g. `body.input: must NOT have fewer than 1 characters`. */
                message: string;
            };
        };
        /** @description An access token and a refresh token for one session. */
        TokenPair: {
            /** @description HS256 JWT with claims `sessionId` and `kind: access`; send it as `Authorization: Bearer <accessToken>`. */
            accessToken: string;
            /**
             * @description Lifetime of the access token in seconds (one year).
             * @constant
             */
            expiresIn: 31536000;
            /** @description HS256 JWT with claims `sessionId` and `kind: refresh`; single use, rotated by `POST /api/auth/refresh`. */
            refreshToken: string;
            /**
             * @description Lifetime of the refresh token in seconds (one year).
             * @constant
             */
            refreshExpiresIn: 31536000;
        };
        /** @description A refresh token, for refreshing or revoking a session. */
        RefreshRequest: {
            /** @description The session's current refresh token. */
            refreshToken: string;
        };
        /** @description Confirmation that the session was revoked. */
        RevokeResponse: {
            /**
             * @description Always true.
             * @constant
             */
            revoked: true;
        };
        /** @description The user's goal in their own words. */
        GoalRequest: {
            /** @description Raw user input; must contain at least one non-space character. */
            input: string;
        };
        /** @description One follow-up answer refining the goal. */
        ClarifyRequest: {
            /** @description The follow-up answer; must contain at least one non-space character. */
            clarification: string;
        };
        /** @description Structured goal. Free-form (more fields may appear), but the documented fields are always present. */
        Goal: {
            /** @description The user's input, verbatim. */
            raw: string;
            /** @description One-sentence summary of the goal, refined by clarifications. */
            summary: string;
            /** @description The business domain of the goal, e.g. `restaurants`. */
            domain: string;
            /** @description What the user wants to achieve, e.g. `build an AI agent`. */
            objective: string;
            /** @description Keywords extracted from the goal and its clarifications. */
            keywords: string[];
            /** @description Each answer given to `POST /api/clarify`, oldest first. */
            clarifications: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description A mission of the session's catalogue. */
        Mission: {
            /** @description Mission id, one of `defineMetrics`, `sketchFlow`, `runDemo`, `reviewCaseStudy`, `planPilot`. */
            id: string;
            /** @description Mission title, mentioning the goal's domain. */
            title: string;
            /** @description Points awarded when the mission is completed. */
            points: number;
        };
        /** @description A mission's completion status. */
        MissionStatus: {
            /** @description Mission id. */
            id: string;
            /**
             * @description Whether the mission has been completed.
             * @enum {string}
             */
            status: "pending" | "completed";
            /** @description Points the mission is worth (awarded once it is completed). */
            points: number;
        };
        /** @description The first still-pending mission in catalogue order. */
        NextMission: {
            /** @description Mission id. */
            id: string;
            /** @description Mission title. */
            title: string;
        };
        /** @description A recommended case study. */
        CaseStudy: {
            /** @description Case-study id, e.g. `cs1`. */
            id: string;
            /** @description Case-study title. */
            title: string;
            /** @description One-line summary of the case study's outcome. */
            summary: string;
        };
        /** @description Personalised content derived from the session's goal. */
        Personalisation: {
            /** @description Headline for the micro-site, derived from the goal. */
            headline: string;
            /** @description The structured goal. */
            goal: components["schemas"]["Goal"];
            /** @description The session's mission catalogue, in catalogue order. */
            missions: components["schemas"]["Mission"][];
            /** @description Case studies recommended for the goal. */
            recommendedCaseStudies: components["schemas"]["CaseStudy"][];
        };
        /** @description The session id plus the personalisation derived from the submitted goal. */
        GoalResponse: {
            /** @description The session id (the `sessionId` claim of the access token). */
            sessionId: string;
            /** @description The structured goal. */
            goal: components["schemas"]["Goal"];
            /** @description The session's mission catalogue, in catalogue order. */
            missions: components["schemas"]["Mission"][];
            /** @description Headline for the micro-site, derived from the goal. */
            headline: string;
            /** @description Case studies recommended for the goal. */
            recommendedCaseStudies: components["schemas"]["CaseStudy"][];
        };
        /** @description Mission statuses, total points and the unlock flag. */
        Progress: {
            /** @description Sum of the points of completed missions. */
            pointsTotal: number;
            /** @description Status of every mission of the catalogue, in catalogue order; empty before a goal is submitted. */
            missions: components["schemas"]["MissionStatus"][];
            /** @description True once `pointsTotal >= 60`. */
            callUnlocked: boolean;
        };
        /** @description The mission to complete and its artifact. */
        CompleteMissionRequest: {
            /** @description Id of a mission in the session's catalogue. */
            missionId: string;
            /** @description What the user produced for the mission. */
            artifact: components["schemas"]["MissionArtifact"];
        };
        /** @description What the user produced for a mission. */
        MissionArtifact: {
            /** @description The user's answer to the mission. */
            answer: string;
        };
        /** @description Points awarded and the updated progress. */
        CompleteMissionResponse: {
            /** @description Points awarded for this mission. */
            pointsAwarded: number;
            /** @description Total points after this completion. */
            pointsTotal: number;
            /** @description True once `pointsTotal >= 60`. */
            callUnlocked: boolean;
            /** @description The first still-pending mission in catalogue order; omitted when every mission is completed. */
            nextMission?: components["schemas"]["NextMission"];
        };
        /** @description Whether the free-call gate is unlocked. */
        UnlockStatus: {
            /** @description True once `pointsTotal >= 60`. */
            callUnlocked: boolean;
        };
        /** @description The entire session state, for hydrating the frontend. */
        SessionState: {
            /** @description The session id (the `sessionId` claim of the access token). */
            sessionId: string;
            /** @description The structured goal; omitted until a goal has been submitted. */
            goal?: components["schemas"]["Goal"];
            /** @description Status of every mission of the catalogue, in catalogue order; empty before a goal is submitted. */
            missions: components["schemas"]["MissionStatus"][];
            /** @description Sum of the points of completed missions. */
            pointsTotal: number;
            /** @description True once `pointsTotal >= 60`. */
            callUnlocked: boolean;
        };
        /** @description The user's chat message and where they are on the site. */
        ChatRequest: {
            /** @description The user's latest chat input; must contain at least one non-space character. */
            message: string;
            /** @description Where the user is on the site, to ground the assistant's reply. */
            context: components["schemas"]["ChatContext"];
        };
        /** @description Where the user is on the site. */
        ChatContext: {
            /** @description Page identifier, e.g. `micro-landing`, `case-study`, `mission-dashboard`. */
            page: string;
            /** @description Subsection or component, e.g. `hero`, `mission-3`, `progress-widget`. */
            section: string;
            /** @description Free-form extra state, e.g. `{ "caseStudyId": "cs2" }` or `{ "missionId": "defineMetrics" }`. */
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description One turn of the conversation. */
        ChatTurn: {
            /**
             * @description Who spoke.
             * @enum {string}
             */
            role: "user" | "assistant";
            /** @description What was said. */
            message: string;
            /**
             * Format: date-time
             * @description When the turn was recorded (RFC 3339, UTC).
             */
            timestamp: string;
        };
        /** @description Navigation instruction to the frontend. */
        Navigate: {
            /** @description Target page, same identifiers as `context.page` in the request. */
            page: string;
            /** @description Section or component on that page, e.g. `mission-2`. */
            section: string;
            /** @description Free-form parameters for the navigation, e.g. `{ "missionId": "sketchFlow" }`. */
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description The assistant's reply, the whole history and optional UI updates. */
        ChatResponse: {
            /** @description The assistant's response text. */
            reply: string;
            /** @description The session's whole conversation, oldest first, ending with this call's user message and assistant reply; the stub keeps the last 200 turns. */
            history: components["schemas"]["ChatTurn"][];
            /** @description Progress snapshot for UI sync; present once a goal exists. */
            updatedProgress?: components["schemas"]["Progress"];
            /** @description Pending missions in catalogue order, at most 2; present once a goal exists. */
            followUpMissions?: components["schemas"]["Mission"][];
            /** @description Case-study recommendations; present once a goal exists, except on an off-topic message. */
            suggestedRead?: components["schemas"]["CaseStudy"][];
            /** @description Navigation instruction: `micro-landing`/`hero` before a goal exists, otherwise `mission-dashboard`/`mission-<n>` for the next pending mission (`mission-dashboard`/`progress-widget` once every mission is completed); absent on an off-topic message. */
            navigate?: components["schemas"]["Navigate"];
        };
    };
    responses: {
        /** @description The request is missing a required field or a field is malformed; the message names the field. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing, invalid, expired, revoked or already used token, or a token of the wrong kind (a refresh token where an access token is required, or the reverse). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The action is not allowed, e.g. the mission is already completed. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token is valid but the session it names no longer exists in the stub (after `POST /__stubs/reset` or eviction), or the resource asked for does not exist (no goal yet, unknown mission). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request body is larger than 1 MiB. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description More than 100 sessions were created from this client address within the minute; `Retry-After` says when the next may be. */
        TooManySessions: {
            headers: {
                /** @description Seconds until this address may create sessions again. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Server-side failure; the stub only produces it on request (`Prefer: code=500`). */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new session and its token pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            429: components["responses"]["TooManySessions"];
            500: components["responses"]["InternalError"];
        };
    };
    revokeSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description The session is revoked; none of its tokens work any more. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    refreshToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description A new token pair; the refresh token used is no longer valid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    submitGoal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoalRequest"];
            };
        };
        responses: {
            /** @description The structured goal and the initial personalisation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoalResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    clarifyGoal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClarifyRequest"];
            };
        };
        responses: {
            /** @description The refined personalisation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Personalisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getPersonalised: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session's personalised content. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Personalisation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getProgress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mission statuses, points and unlock flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Progress"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    completeMission: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteMissionRequest"];
            };
        };
        responses: {
            /** @description Points awarded and the updated progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompleteMissionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getUnlockStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unlock flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnlockStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The full session state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionState"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    chat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatRequest"];
            };
        };
        responses: {
            /** @description The reply, the whole history and optional UI updates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
}
