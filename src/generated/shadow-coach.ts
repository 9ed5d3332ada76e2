// Generated from openapi/shadow-coach.yaml by `npm run types`. Do not edit; CI fails when it drifts.
export interface paths {
    "/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a new user
         * @description Creates an account and returns a token for it (and, beyond the prose, the new `user`).
         *     The password has 8 to 128 characters with at least one letter and one digit; it is
         *     stored hashed. `preferences.country` (ISO 3166-1 alpha-2, an addition to the prose)
         *     chooses the crisis resources of a safety escalation (default `US`).
         *
         *     Errors: `400` invalid email or password (`VALIDATION_*`); `409` the email is already
         *     registered (`AUTH_EMAIL_TAKEN`, case-insensitive); `429` more than 5 authentication
         *     requests a minute from one address.
         */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in
         * @description Checks the email (case-insensitive) and password and returns a new token.
         *
         *     Errors: `400` a missing or malformed field; `401` unknown email or wrong password
         *     (`AUTH_INVALID_CREDENTIALS`, the same answer for both); `429` more than 5
         *     authentication requests a minute from one address.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh the token
         * @description Exchanges a valid, unexpired token for a new one with a fresh 86400 s lifetime. The old
         *     token keeps working until it expires (the prose has no revocation). No request body.
         *
         *     Errors: `401` missing token (`AUTH_MISSING_TOKEN`), or a token that is malformed,
         *     expired, not signed by this stub or names a user the stub no longer has
         *     (`AUTH_INVALID_TOKEN`); `429` more than 5 authentication requests a minute from one
         *     address.
         */
        post: operations["refreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a coaching session
         * @description Starts a session at step 1 (Check-in). With `initial_message`, it is stored as the
         *     first user message and the assistant answers it at step 1, with the risk rules of the
         *     document's description (**Risk**): the prose's "I've been feeling anxious about work
         *     lately." is `risk_level: none`; a hopeless opening gets `intent: safety_check`
         *     (`medium`), and a high-risk one answers with `safety_escalation` and
         *     `session_state: paused` (an addition to the prose's response); without one, the
         *     assistant greets. A `mood_score` is also
         *     recorded as a mood entry (`GET /v1/analytics/mood`). `estimated_duration_minutes` is
         *     10 for `check-in`, 25 for `gentle_deep` and 5 for `micro_practice`.
         *
         *     Errors: `400` unknown `session_type` (`SESSION_INVALID_TYPE`) or another invalid field
         *     (`VALIDATION_*`); `401` missing or invalid token.
         */
        post: operations["startSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session/{id}/message": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (`sess_…`).
                 * @example sess_xyz789abc123
                 */
                id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message and get the assistant's answer
         * @description Stores the user's message, moves the session one step on and answers with that step's
         *     `intent`. `risk_level` follows the rules in the document's description (**Risk**):
         *     ordinary worry and self-doubt ("I keep thinking I'm not good enough.") are `none`,
         *     acute distress (overwhelmed, unable to cope) `low`, both with the step's answer. A
         *     message showing hopelessness answers `intent: safety_check`, `risk_level: medium`,
         *     with `session_progress` at the step it was (the step does not move; the next ordinary
         *     message moves it on). A message expressing self-harm or suicidal intent answers with
         *     `intent: emergency`, `risk_level: high`, a `safety_escalation` and
         *     `session_state: paused` (no `session_progress`; the step does not move either).
         *
         *     Errors: `400` invalid `message_text`, the session is paused (`SESSION_NOT_ACTIVE`) or
         *     completed (`SESSION_ALREADY_ENDED`); `401` missing or invalid token; `404` no session
         *     of yours has this id (`SESSION_NOT_FOUND`); `429` more than 30 session messages a
         *     minute.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (`sess_…`).
                 * @example sess_xyz789abc123
                 */
                id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause an active session
         * @description Pauses an active session and issues a fresh `resume_token` (any earlier one stops
         *     working). No request body.
         *
         *     Errors: `400` an id that is not a decodable path segment (e.g. a lone `%`); `401`; `404` no session of yours has this id; `409` the session is already
         *     paused (`SESSION_NOT_ACTIVE`) or completed (`SESSION_ALREADY_ENDED`).
         */
        post: operations["pauseSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (`sess_…`).
                 * @example sess_xyz789abc123
                 */
                id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused session
         * @description Resumes a paused session. The body is optional: the bearer token already proves
         *     ownership. A `resume_token`, when sent, must be the one the session's latest pause
         *     issued (`400 VALIDATION_INVALID_FORMAT` otherwise). A session paused by a safety
         *     escalation resumes only after a `POST /v1/safety/check-in` for it with
         *     `safety_status: safe` (`409 SAFETY_HIGH_RISK` before that).
         *
         *     Errors: `400` a wrong `resume_token`; `401`; `404` no session of yours has this id;
         *     `409` the session is active (`SESSION_NOT_PAUSED`), completed
         *     (`SESSION_ALREADY_ENDED`) or awaiting a safe check-in (`SAFETY_HIGH_RISK`).
         */
        post: operations["resumeSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (`sess_…`).
                 * @example sess_xyz789abc123
                 */
                id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a session
         * @description Ends an active or paused session and builds its summary from the conversation: the
         *     tags and insights gathered from the user's messages, a text naming them, and an
         *     experiment suited to the leading tag. The session becomes a journal entry. The body
         *     (`rating` 1–5, `feedback`) is optional.
         *
         *     Errors: `400` invalid `rating` or `feedback`; `401`; `404` no session of yours has this
         *     id; `409` already ended (`SESSION_ALREADY_ENDED`).
         */
        post: operations["endSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (`sess_…`).
                 * @example sess_xyz789abc123
                 */
                id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a completed session's summary
         * @description The summary, the full transcript (every message with its `message_id`, oldest first)
         *     and the highlights of a completed session. The prose's transcript example lacks
         *     message ids; they are added, since highlights refer to them.
         *
         *     Errors: `400` an id that is not a decodable path segment (e.g. a lone `%`); `401`; `404` no session of yours has this id; `409` the session is not
         *     completed yet (`SESSION_NOT_COMPLETED`).
         */
        get: operations["getSessionSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's sessions
         * @description The user's sessions in every state, newest first. `start_date`/`end_date` filter on
         *     `started_at` (inclusive). `summary_preview` is the summary's first 100 characters
         *     (with `...` when cut), `null` until the session is completed; `tags` are the tags
         *     gathered so far. `ended_at` and `duration_minutes` are `null` until completed.
         *
         *     Errors: `400` an invalid filter (`VALIDATION_*`); `401`.
         */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversation/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message and stream the answer
         * @description Does what `POST /v1/session/{id}/message` does (the message and the answer are stored
         *     in the session, the step advances unless the answer is a safety check or an
         *     escalation, risk is read the same way), and streams the answer as
         *     Server-Sent Events (`Content-Type: text/event-stream`). Each event has an `event:` line
         *     (`chunk` or `complete`) and one `data:` line with a JSON object whose `type` repeats
         *     the event name, so a client reading only `data:` lines (as the prose shows) works too:
         *
         *     | event | data |
         *     | --- | --- |
         *     | `chunk` | `{"type":"chunk","text","chunk_id"}` (`StreamChunk`), `chunk_id` 1, 2, 3, … |
         *     | `complete` | `{"type":"complete","assistant_message","session_progress"?,"safety_escalation"?,"session_state"}` (`StreamComplete`) |
         *
         *     The chunks' `text`, joined in `chunk_id` order, equal `assistant_message.text` of the
         *     `complete` event, which is the last event. Events are paced by `--stream-delay`.
         *
         *     Errors (JSON, before any event): `400` invalid body, session paused
         *     (`SESSION_NOT_ACTIVE`) or completed (`SESSION_ALREADY_ENDED`); `401`; `404` no session
         *     of yours has this id; `429` more than 30 session messages a minute.
         */
        post: operations["streamConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/journal/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List journal entries
         * @description Completed sessions as journal entries, newest first. `tags` (comma-separated) keeps
         *     entries carrying every listed tag; `start_date`/`end_date` filter on the session's
         *     start (inclusive); `search` keeps entries where every word of the query occurs
         *     (case-insensitive) in the summary, insights, tags, experiment or transcript.
         *     `highlights` use the same shape as everywhere else (the prose's list example shows
         *     only `text` and `timestamp`; ids, note and `highlighted_at` are used instead).
         *
         *     Errors: `400` an invalid filter; `401`.
         */
        get: operations["listJournalEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/journal/entry/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (`sess_…`) of a completed session.
                 * @example sess_xyz789abc123
                 */
                session_id: components["parameters"]["JournalSessionIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a journal entry
         * @description A completed session with its summary, full transcript (with message ids) and
         *     highlights.
         *
         *     Errors: `400` an id that is not a decodable path segment (e.g. a lone `%`); `401`; `404` no session of yours has this id; `409` the session is not
         *     completed (`SESSION_NOT_COMPLETED`).
         */
        get: operations["getJournalEntry"];
        put?: never;
        post?: never;
        /**
         * Delete a journal entry
         * @description Deletes the completed session with its messages and highlights: afterwards it is `404`
         *     everywhere and no longer counted by analytics. Mood entries recorded at its start stay
         *     (they are the user's mood history).
         *
         *     Errors: `400` an id that is not a decodable path segment (e.g. a lone `%`); `401`; `404` no session of yours has this id; `409` the session is not
         *     completed (`SESSION_NOT_COMPLETED`).
         */
        delete: operations["deleteJournalEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/journal/entry/{session_id}/highlight": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (`sess_…`) of a completed session.
                 * @example sess_xyz789abc123
                 */
                session_id: components["parameters"]["JournalSessionIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Highlight a message
         * @description Highlights a message of a completed session; `text` copies the message's text. A
         *     message has at most one highlight: highlighting it again updates `note` and
         *     `highlighted_at` and keeps the `highlight_id`.
         *
         *     Errors: `400` invalid body; `401`; `404` no session of yours has this id
         *     (`SESSION_NOT_FOUND`) or it has no such message (`MESSAGE_NOT_FOUND`); `409` the session
         *     is not completed (`SESSION_NOT_COMPLETED`).
         */
        post: operations["addHighlight"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/journal/entry/{session_id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (`sess_…`) of a completed session.
                 * @example sess_xyz789abc123
                 */
                session_id: components["parameters"]["JournalSessionIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace a journal entry's tags
         * @description Replaces the completed session's tags (the summary's `tags`) with the given list,
         *     lower-cased and without duplicates, in the order given: `["Work", "work", "Anxiety"]`
         *     is stored and answered as `["work", "anxiety"]`. An empty list clears them.
         *
         *     Errors: `400` a tag that is not 1–40 letters (either case), digits and dashes, or more
         *     than 20 tags; `401`; `404` no session of yours has this id; `409` the session is not
         *     completed (`SESSION_NOT_COMPLETED`).
         */
        post: operations["setTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/journal/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export journal entries
         * @description Starts an export of completed sessions: those in `session_ids` (each must be a
         *     completed session of yours, else `404 SESSION_NOT_FOUND` naming it), filtered by
         *     `date_range` on their start (inclusive); with neither, every completed session.
         *     `include_transcript` defaults to `false`, `include_highlights` to `true`. The export
         *     keeps which entries were chosen, not a copy of them: the file is built from those
         *     entries as they are whenever it is read (the status poll and the download), so a
         *     highlight added since is in it and an entry deleted since is left out.
         *
         *     The export is `processing` until it completes, which happens at the first status poll
         *     (`GET /v1/journal/export/{export_id}`) or once `estimated_completion` (2 s after the
         *     request, on the stub's clock) has passed, whichever comes first; with a fixed clock
         *     (`--now`) the first poll completes it.
         *
         *     Errors: `400` an unknown `format` or invalid field; `401`; `404` a session id that is
         *     not a completed session of yours; `429` more than 5 exports an hour.
         */
        post: operations["createExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/journal/export/{export_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The export id (`exp_…`).
                 * @example exp_xyz789abc123
                 */
                export_id: components["parameters"]["ExportIdPath"];
            };
            cookie?: never;
        };
        /**
         * Poll an export
         * @description The export's status. While `processing`, `download_url`, `expires_at` and
         *     `file_size_bytes` are absent; once `completed` (see `POST /v1/journal/export`),
         *     `download_url` is the absolute URL of `GET /v1/journal/export/{export_id}/download` on
         *     this server, `file_size_bytes` the exact size of that file as it reads now (see
         *     `POST /v1/journal/export`) and `expires_at` seven days
         *     after completion (afterwards the export is gone: `404`).
         *
         *     Errors: `400` an id that is not a decodable path segment (e.g. a lone `%`); `401`; `404` no export of yours has this id (`EXPORT_NOT_FOUND`).
         */
        get: operations["getExportStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/journal/export/{export_id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The export id (`exp_…`).
                 * @example exp_xyz789abc123
                 */
                export_id: components["parameters"]["ExportIdPath"];
            };
            cookie?: never;
        };
        /**
         * Download an export's file
         * @description The exported file (not in the prose beyond its `download_url`): `application/pdf` (a
         *     real PDF), `text/plain` (UTF-8) or `application/json` (`ExportDocument`), as the
         *     export's `format` chose, with `Content-Disposition: attachment` and exactly
         *     `file_size_bytes` bytes. Only its owner may fetch it (the bearer token is required).
         *
         *     Errors: `400` an id that is not a decodable path segment (e.g. a lone `%`); `401`; `404` no export of yours has this id (`EXPORT_NOT_FOUND`); `409` not
         *     completed yet (`EXPORT_NOT_READY`).
         */
        get: operations["downloadExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/mood": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mood history
         * @description Mood entries (submitted ones and session starts' `mood_score`) whose `timestamp` lies
         *     in `[start_date, end_date]` (defaults: 30 days ago, now), grouped by UTC day, ISO week
         *     (the bucket's `date` is its Monday) or month (its first day), newest bucket first.
         *     A bucket's `score` is the mean of its entries rounded to two decimals, `count` their
         *     number. `statistics` are over the entries themselves: `average` (two decimals), `min`,
         *     `max` (`null` without entries) and `trend`: with at least two entries in time order,
         *     the mean of the later half minus the mean of the earlier half (the middle entry of an
         *     odd count is left out) is `improving` at ≥ 0.5, `declining` at ≤ -0.5, else `stable`;
         *     `insufficient_data` with fewer than two.
         *
         *     Errors: `400` an invalid date or `granularity`, or `start_date` after `end_date`
         *     (`VALIDATION_OUT_OF_RANGE`); `401`; `429` more than 10 analytics requests a minute.
         */
        get: operations["getMoodHistory"];
        put?: never;
        /**
         * Submit a mood score
         * @description Records a mood score (1–10) at `timestamp` (default: now) with optional `notes`.
         *
         *     Errors: `400` a score outside 1–10 (`VALIDATION_OUT_OF_RANGE`) or another invalid
         *     field; `401`; `429` more than 10 analytics requests a minute.
         */
        post: operations["submitMood"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Insights analytics
         * @description Computed over the sessions started in `[start_date, end_date]` (defaults: 30 days ago,
         *     now). `insight_frequency.total` counts the insights of completed sessions' summaries;
         *     `by_week` splits them by the ISO week (its Monday) the session started in, oldest
         *     first, weeks without insights left out. `tag_distribution` counts completed sessions
         *     per tag, most frequent first (ties by tag). `session_types` counts sessions of every
         *     state by type (all three types always present).
         *
         *     Errors: `400` an invalid date or `start_date` after `end_date`; `401`; `429` more than
         *     10 analytics requests a minute.
         */
        get: operations["getInsights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Overall progress
         * @description Totals across all the user's sessions, from registration (`period.start`) to now
         *     (`period.end`). `total_sessions` counts sessions in every state;
         *     `total_duration_minutes` and `insights_count` sum completed sessions;
         *     `experiments_completed` counts completed sessions that reached step 5 (Experiment
         *     Design). `average_mood` (two decimals, `null` without entries) and `mood_trend` are
         *     over every mood entry, with the rule of `GET /v1/analytics/mood`. `trends.mood` equals
         *     `mood_trend`; `trends.session_frequency` compares sessions started in the last 7 days
         *     with the 7 days before, `trends.engagement` the user messages of the same two weeks:
         *     more is `increasing`, fewer `decreasing`, equal `stable`.
         *
         *     Errors: `401`; `429` more than 10 analytics requests a minute.
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
    "/v1/safety/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a safety check-in
         * @description Records a check-in and schedules the next: 24 h later for `safe`, 4 h for `unsure`,
         *     1 h for `needs_support`. `session_id` is optional (a check-in outside a session); when
         *     given it must be a session of yours. A `safe` check-in for a session paused by a safety
         *     escalation allows it to be resumed.
         *
         *     Errors: `400` invalid body; `401`; `404` no session of yours has `session_id`.
         */
        post: operations["safetyCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/safety/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Crisis resources
         * @description Real public crisis resources for `country` (ISO 3166-1 alpha-2, any case). Without
         *     `country` (a stub cannot geolocate), the user's registered `preferences.country`, else
         *     `US`. Countries with their own list: US, GB, CA, AU, DE, IN, IE, NZ; any other gets
         *     international directories and the advice to call local emergency services, with
         *     `location.country` as asked. `region` is echoed (`null` when absent). The prose's
         *     example lists a made-up local centre; only real services are listed.
         *
         *     Errors: `400` a `country` that is not two letters; `401`.
         */
        get: operations["getSafetyResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/safety/referral": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a therapist referral
         * @description Records an opt-in referral request (`consent_for_contact` must be `true`). It is
         *     `processing` until it is matched: once `estimated_response` (24 h later on the stub's
         *     clock) has passed, or at the user's next referral request, whichever comes first. A
         *     user has one referral: a later request updates its preferences and answers the same
         *     `referral_id` with its current `status` (`matched` from then on).
         *
         *     Errors: `400` missing consent or an invalid field; `401`.
         */
        post: operations["requestReferral"];
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
        /** @description The error envelope of every error. */
        Error: {
            /** @description What went wrong. */
            error: {
                /** @description Machine-readable code (see `info.description`), e.g. `SESSION_NOT_FOUND`. */
                code: string;
                /** @description Human-readable message naming the field or resource. */
                message: string;
                /** @description Free-form facts about the error (`field`, `issues`, `session_id`, `retry_after`, …). */
                details: {
                    [key: string]: unknown;
                };
                /** @description The request's id (`req_…`). */
                request_id: string;
                /**
                 * Format: date-time
                 * @description When the error happened.
                 */
                timestamp: string;
            };
        };
        /** @description A prefixed id (`sess_…`, `msg_…`). */
        Id: string;
        /**
         * Format: date-time
         * @description An ISO 8601 date-time (UTC).
         */
        Timestamp: string;
        /** @description An ISO 8601 date-time, or `null`. */
        NullableTimestamp: string | null;
        /** @description An ISO 8601 date (`2024-01-15`) or date-time (`2024-01-15T10:30:00Z`). */
        IsoDateQuery: string;
        /**
         * @description The kind of session.
         * @enum {string}
         */
        SessionType: "check-in" | "gentle_deep" | "micro_practice";
        /**
         * @description Where the session is in its state machine.
         * @enum {string}
         */
        SessionState: "active" | "paused" | "completed";
        /**
         * @description What the assistant's message is for.
         * @enum {string}
         */
        Intent: "validate" | "probe_story" | "probe_root" | "reframe" | "suggest_experiment" | "offer_mindfulness" | "safety_check" | "emergency" | "close" | "other";
        /**
         * @description The risk read from the user's message.
         * @enum {string}
         */
        RiskLevel: "none" | "low" | "medium" | "high";
        /**
         * @description The sentiment read from a user's message.
         * @enum {string}
         */
        Sentiment: "very_negative" | "negative" | "neutral" | "positive";
        /** @description A mood score, 1 (lowest) to 10 (highest). */
        MoodScore: number;
        /** @description A tag, 1–40 lowercase letters, digits and dashes. */
        Tag: string;
        /** @description A tag as a client sends it: 1–40 letters (either case), digits and dashes. It is lower-cased on arrival, so `Work` and `work` are the same tag. */
        TagInput: string;
        /**
         * @description The direction of mood scores (see `GET /v1/analytics/mood`).
         * @enum {string}
         */
        Trend: "improving" | "declining" | "stable" | "insufficient_data";
        /**
         * @description The last 7 days compared with the 7 before.
         * @enum {string}
         */
        ActivityTrend: "increasing" | "decreasing" | "stable";
        /** @description The user's preferences. */
        Preferences: {
            /**
             * @description Preferred session length.
             * @enum {string}
             */
            session_length?: "short" | "medium" | "long";
            /** @description Whether check-in reminders are wanted. */
            notifications_enabled?: boolean;
            /** @description ISO 3166-1 alpha-2 country for crisis resources (default `US`); an addition to the prose. */
            country?: string;
        };
        /** @description A new account. */
        RegisterRequest: {
            /**
             * Format: email
             * @description The login email (compared case-insensitively).
             */
            email: string;
            /** @description 8 to 128 characters with at least one letter and one digit. */
            password: string;
            /** @description Consent to anonymised research use (default `false`). */
            consent_for_research?: boolean;
            preferences?: components["schemas"]["Preferences"];
        };
        /** @description Credentials. */
        LoginRequest: {
            /**
             * Format: email
             * @description The login email.
             */
            email: string;
            /** @description The password. */
            password: string;
        };
        /** @description The User model of the prose. */
        User: {
            user_id: components["schemas"]["Id"];
            /** @description The login email, lower-cased. */
            email: string;
            created_at: components["schemas"]["Timestamp"];
            /** @description Preferences with their defaults filled in. */
            preferences: {
                /**
                 * @description Preferred session length (default `medium`).
                 * @enum {string}
                 */
                session_length: "short" | "medium" | "long";
                /** @description Whether check-in reminders are wanted (default `true`). */
                notifications_enabled: boolean;
                /** @description Consent to anonymised research use. */
                consent_for_research: boolean;
                /** @description Country for crisis resources, upper-case (default `US`). */
                country: string;
            };
            /** @description An emergency contact; no operation sets one, so it is `null`. */
            safety_contact: {
                /** @description The contact's name. */
                name: string;
                /** @description The contact's phone number. */
                phone: string;
            } | null;
        };
        /** @description A token for the account (and, on registration, the new user). */
        AuthResponse: {
            user_id: components["schemas"]["Id"];
            /** @description The bearer token (JWT). */
            token: string;
            expires_at: components["schemas"]["Timestamp"];
            user?: components["schemas"]["User"];
        };
        /** @description A new token. */
        RefreshResponse: {
            /** @description The new bearer token (JWT). */
            token: string;
            expires_at: components["schemas"]["Timestamp"];
        };
        /** @description How to start the session. */
        StartSessionRequest: {
            session_type: components["schemas"]["SessionType"];
            mood_score?: components["schemas"]["MoodScore"];
            /** @description The user's opening message (optional). */
            initial_message?: string;
            /** @description Consent to explore difficult topics in depth (default `false`). */
            consent_for_deep_exploration?: boolean;
        };
        /** @description What the assistant took from the user's message. */
        MemoryDelta: {
            /** @description One insight per recognised tag. */
            insights: string[];
            /** @description Tags recognised in the message. */
            tags: components["schemas"]["Tag"][];
        };
        /** @description The Assistant Message Response of the prose, with its `message_id` (for highlights). */
        AssistantMessage: {
            message_id: components["schemas"]["Id"];
            /** @description What the assistant says. */
            text: string;
            intent: components["schemas"]["Intent"];
            risk_level: components["schemas"]["RiskLevel"];
            /** @description A follow-up the client may offer as a quick reply, or `null`. */
            suggested_followup: string | null;
            /** @description What was learned from the user's message, or `null`. */
            memory_delta: components["schemas"]["MemoryDelta"] | null;
            timestamp: components["schemas"]["Timestamp"];
        };
        /** @description Where the session is among the seven coaching steps. */
        SessionProgress: {
            /** @description The current step, 1 to 7. */
            step: number;
            /**
             * @description Always 7.
             * @constant
             */
            total_steps: 7;
            /**
             * @description The step's name.
             * @enum {string}
             */
            step_name: "Check-in" | "Story Elicitation" | "Root Exploration" | "Reframe" | "Experiment Design" | "Mindfulness Practice" | "Closing";
        };
        /** @description Crisis contacts for the user's country. */
        EmergencyResources: {
            /** @description The crisis line to call. */
            crisis_hotline: string;
            /** @description How to reach a crisis text line, or `null` where there is none. */
            crisis_text: string | null;
            /** @description Further services (emergency number, support lines). */
            local_resources: {
                /** @description The service. */
                name: string;
                /** @description Its number. */
                phone: string;
            }[];
        };
        /** @description Present when a message expressed self-harm or suicidal intent. */
        SafetyEscalation: {
            /**
             * @description Always `true` when present.
             * @constant
             */
            triggered: true;
            emergency_resources: components["schemas"]["EmergencyResources"];
            /** @description `true` for high risk. */
            requires_immediate_attention: boolean;
        };
        /** @description The new session and the assistant's first message. */
        StartSessionResponse: {
            session_id: components["schemas"]["Id"];
            assistant_message: components["schemas"]["AssistantMessage"];
            session_state: components["schemas"]["SessionState"];
            /** @description 10 (check-in), 25 (gentle_deep) or 5 (micro_practice). */
            estimated_duration_minutes: number;
            safety_escalation?: components["schemas"]["SafetyEscalation"];
        };
        /** @description The user's message. */
        MessageRequest: {
            /** @description What the user says. */
            message_text: string;
            /**
             * Format: date-time
             * @description When the client sent it (checked, not stored; the stub's clock stamps messages).
             */
            timestamp?: string;
        };
        /** @description The assistant's answer and where the session is now. */
        MessageResponse: {
            assistant_message: components["schemas"]["AssistantMessage"];
            session_progress?: components["schemas"]["SessionProgress"];
            safety_escalation?: components["schemas"]["SafetyEscalation"];
            session_state: components["schemas"]["SessionState"];
        };
        /** @description The paused session. */
        PauseResponse: {
            session_id: components["schemas"]["Id"];
            /**
             * @description Always `paused`.
             * @constant
             */
            session_state: "paused";
            paused_at: components["schemas"]["Timestamp"];
            /** @description Proves the resume comes from this pause (`resume_…`). */
            resume_token: string;
        };
        /** @description Optional proof of the pause. */
        ResumeRequest: {
            /** @description The token of the session's latest pause. */
            resume_token?: string;
        };
        /** @description The resumed session and a welcome-back message. */
        ResumeResponse: {
            session_id: components["schemas"]["Id"];
            /**
             * @description Always `active`.
             * @constant
             */
            session_state: "active";
            resumed_at: components["schemas"]["Timestamp"];
            assistant_message: components["schemas"]["AssistantMessage"];
        };
        /** @description Optional feedback. */
        EndSessionRequest: {
            /** @description How helpful the session was, 1 to 5. */
            rating?: number;
            /** @description Free-text feedback. */
            feedback?: string;
        };
        /** @description A completed session's summary. */
        Summary: {
            /** @description A short account of the session. */
            text: string;
            /** @description Insights gathered from the conversation. */
            insights: string[];
            /** @description The session's tags (replaceable with `POST /v1/journal/entry/{session_id}/tags`). */
            tags: components["schemas"]["Tag"][];
            /** @description A small experiment to try. */
            experiment: string;
        };
        /** @description The completed session and its summary. */
        EndSessionResponse: {
            session_id: components["schemas"]["Id"];
            /**
             * @description Always `completed`.
             * @constant
             */
            session_state: "completed";
            ended_at: components["schemas"]["Timestamp"];
            summary: components["schemas"]["Summary"];
            /** @description Whole minutes from start to end, rounded. */
            duration_minutes: number;
        };
        /** @description The Message model of the prose: one message of a transcript. User messages carry `sentiment` and `risk_level`; assistant messages `intent`, `risk_level` and `metadata`. */
        Message: {
            message_id: components["schemas"]["Id"];
            session_id?: components["schemas"]["Id"];
            /**
             * @description Who wrote it.
             * @enum {string}
             */
            role: "user" | "assistant";
            /** @description The message text. */
            text: string;
            intent?: components["schemas"]["Intent"];
            sentiment?: components["schemas"]["Sentiment"];
            risk_level?: components["schemas"]["RiskLevel"];
            timestamp: components["schemas"]["Timestamp"];
            /** @description The assistant message's follow-up and memory delta. */
            metadata?: {
                /** @description The suggested follow-up, or `null`. */
                suggested_followup: string | null;
                /** @description The memory delta, or `null`. */
                memory_delta: components["schemas"]["MemoryDelta"] | null;
            };
        };
        /** @description A highlighted message. */
        Highlight: {
            highlight_id: components["schemas"]["Id"];
            message_id: components["schemas"]["Id"];
            /** @description The highlighted message's text. */
            text: string;
            /** @description The user's note, or `null`. */
            note: string | null;
            highlighted_at: components["schemas"]["Timestamp"];
        };
        /** @description A completed session with its summary, transcript and highlights. */
        SessionSummaryResponse: {
            session_id: components["schemas"]["Id"];
            session_type: components["schemas"]["SessionType"];
            started_at: components["schemas"]["Timestamp"];
            ended_at: components["schemas"]["Timestamp"];
            /** @description Whole minutes from start to end. */
            duration_minutes: number;
            summary: components["schemas"]["Summary"];
            /** @description The full transcript, oldest first. */
            messages: components["schemas"]["Message"][];
            /** @description Highlights, oldest first. */
            highlights: components["schemas"]["Highlight"][];
        };
        /** @description The Session model of the prose as `GET /v1/sessions` lists it, with the list's `summary_preview` and `tags` (the full summary is at `/session/{id}/summary`). */
        Session: {
            session_id: components["schemas"]["Id"];
            user_id: components["schemas"]["Id"];
            session_type: components["schemas"]["SessionType"];
            state: components["schemas"]["SessionState"];
            started_at: components["schemas"]["Timestamp"];
            ended_at: components["schemas"]["NullableTimestamp"];
            /** @description Whole minutes from start to end; `null` until completed. */
            duration_minutes: number | null;
            /** @description The mood score given at the start, or `null`. */
            mood_score: components["schemas"]["MoodScore"] | null;
            /** @description The summary's first 100 characters (`...` when cut); `null` until completed. */
            summary_preview: string | null;
            /** @description Tags gathered so far. */
            tags: components["schemas"]["Tag"][];
        };
        /** @description Where this page sits. */
        Pagination: {
            /** @description Matching items in all. */
            total: number;
            /** @description The page size used. */
            limit: number;
            /** @description The offset used. */
            offset: number;
            /** @description Whether items follow this page. */
            has_more: boolean;
        };
        /** @description One page of sessions. */
        SessionList: {
            /** @description Sessions, newest first. */
            sessions: components["schemas"]["Session"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The message to send, and its session. */
        StreamRequest: {
            /** @description The session (`sess_…`). */
            session_id: string;
            /** @description What the user says. */
            message_text: string;
            /**
             * Format: date-time
             * @description When the client sent it (checked, not stored).
             */
            timestamp?: string;
        };
        /** @description `data` of a `chunk` event: the next piece of the answer. */
        StreamChunk: {
            /**
             * @description Always `chunk`.
             * @constant
             */
            type: "chunk";
            /** @description The piece; all pieces joined are the answer's text. */
            text: string;
            /** @description 1, 2, 3, … in order. */
            chunk_id: number;
        };
        /** @description `data` of the last event: the stored answer, as `/message` returns it. */
        StreamComplete: {
            /**
             * @description Always `complete`.
             * @constant
             */
            type: "complete";
            assistant_message: components["schemas"]["AssistantMessage"];
            session_progress?: components["schemas"]["SessionProgress"];
            safety_escalation?: components["schemas"]["SafetyEscalation"];
            session_state: components["schemas"]["SessionState"];
        };
        /** @description A completed session in the journal list. */
        JournalEntry: {
            session_id: components["schemas"]["Id"];
            session_type: components["schemas"]["SessionType"];
            date: components["schemas"]["Timestamp"];
            /** @description The summary's text. */
            summary: string;
            /** @description The entry's tags. */
            tags: components["schemas"]["Tag"][];
            /** @description The summary's insights. */
            insights: string[];
            /** @description The entry's highlights. */
            highlights: components["schemas"]["Highlight"][];
        };
        /** @description One page of journal entries. */
        JournalEntryList: {
            /** @description Entries, newest first. */
            entries: components["schemas"]["JournalEntry"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description A completed session with its full transcript. */
        JournalEntryDetail: {
            session_id: components["schemas"]["Id"];
            session_type: components["schemas"]["SessionType"];
            date: components["schemas"]["Timestamp"];
            /** @description Whole minutes from start to end. */
            duration_minutes: number;
            summary: components["schemas"]["Summary"];
            /** @description Every message, oldest first. */
            full_transcript: components["schemas"]["Message"][];
            /** @description Highlights, oldest first. */
            highlights: components["schemas"]["Highlight"][];
        };
        /** @description The message to highlight. */
        HighlightRequest: {
            /** @description A message of the session (`msg_…`). */
            message_id: string;
            /** @description Why it matters. */
            note?: string;
        };
        /** @description The new tags. */
        TagsRequest: {
            /** @description The tags that replace the entry's tags (lower-cased on arrival). */
            tags: components["schemas"]["TagInput"][];
        };
        /** @description The entry's tags now. */
        TagsResponse: {
            session_id: components["schemas"]["Id"];
            /** @description The tags. */
            tags: components["schemas"]["Tag"][];
            updated_at: components["schemas"]["Timestamp"];
        };
        /** @description The deleted entry. */
        DeleteEntryResponse: {
            session_id: components["schemas"]["Id"];
            deleted_at: components["schemas"]["Timestamp"];
        };
        /**
         * @description The file format.
         * @enum {string}
         */
        ExportFormat: "pdf" | "text" | "json";
        /** @description What to export. */
        ExportRequest: {
            format: components["schemas"]["ExportFormat"];
            /** @description Completed sessions to export (default all). */
            session_ids?: string[];
            /** @description Only sessions started in this range (inclusive). */
            date_range?: {
                /**
                 * Format: date-time
                 * @description Range start.
                 */
                start: string;
                /**
                 * Format: date-time
                 * @description Range end.
                 */
                end: string;
            };
            /** @description Include every message (default `false`). */
            include_transcript?: boolean;
            /** @description Include highlights (default `true`). */
            include_highlights?: boolean;
        };
        /** @description The export was accepted. */
        ExportAccepted: {
            export_id: components["schemas"]["Id"];
            /**
             * @description Always `processing` at first.
             * @constant
             */
            status: "processing";
            estimated_completion: components["schemas"]["Timestamp"];
        };
        /** @description An export's status; the download fields appear once completed. */
        ExportStatus: {
            export_id: components["schemas"]["Id"];
            /**
             * @description Whether the file is ready.
             * @enum {string}
             */
            status: "processing" | "completed";
            format?: components["schemas"]["ExportFormat"];
            estimated_completion?: components["schemas"]["Timestamp"];
            /**
             * Format: uri
             * @description Absolute URL of the file (completed only).
             */
            download_url?: string;
            expires_at?: components["schemas"]["Timestamp"];
            /** @description The file's exact size in bytes (completed only). */
            file_size_bytes?: number;
        };
        /** @description The JSON export file. */
        ExportDocument: {
            export_id: components["schemas"]["Id"];
            user_id: components["schemas"]["Id"];
            generated_at: components["schemas"]["Timestamp"];
            /** @description The exported entries, oldest first. */
            entries: {
                session_id: components["schemas"]["Id"];
                session_type: components["schemas"]["SessionType"];
                date: components["schemas"]["Timestamp"];
                /** @description Whole minutes. */
                duration_minutes: number;
                summary: components["schemas"]["Summary"];
                /** @description Highlights (empty unless `include_highlights`). */
                highlights: components["schemas"]["Highlight"][];
                /** @description Every message (only with `include_transcript`). */
                transcript?: components["schemas"]["Message"][];
            }[];
        };
        /** @description A mood score. */
        MoodRequest: {
            mood_score: components["schemas"]["MoodScore"];
            /**
             * Format: date-time
             * @description When the mood was felt (default now).
             */
            timestamp?: string;
            /** @description Free-text notes. */
            notes?: string;
        };
        /** @description A recorded mood. */
        MoodEntry: {
            mood_id: components["schemas"]["Id"];
            mood_score: components["schemas"]["MoodScore"];
            timestamp: components["schemas"]["Timestamp"];
            created_at: components["schemas"]["Timestamp"];
        };
        /** @description A number, or `null` without data. */
        NullableNumber: number | null;
        /** @description Mood buckets and statistics. */
        MoodHistory: {
            /** @description Buckets, newest first. */
            mood_scores: {
                /**
                 * Format: date
                 * @description The day, the week's Monday or the month's first day.
                 */
                date: string;
                /** @description Mean score of the bucket (two decimals). */
                score: number;
                /** @description Entries in the bucket. */
                count: number;
            }[];
            /** @description Over the entries in range. */
            statistics: {
                average: components["schemas"]["NullableNumber"];
                min: components["schemas"]["NullableNumber"];
                max: components["schemas"]["NullableNumber"];
                trend: components["schemas"]["Trend"];
            };
        };
        /** @description Insight counts, tags and session types. */
        InsightsAnalytics: {
            /** @description How many insights, and when. */
            insight_frequency: {
                /** @description Insights in all. */
                total: number;
                /** @description Per ISO week (its Monday), oldest first. */
                by_week: {
                    /**
                     * Format: date
                     * @description The week's Monday.
                     */
                    week: string;
                    /** @description Insights that week. */
                    count: number;
                }[];
            };
            /** @description Completed sessions per tag, most frequent first. */
            tag_distribution: {
                tag: components["schemas"]["Tag"];
                /** @description Sessions with the tag. */
                count: number;
            }[];
            /** @description Sessions per type. */
            session_types: {
                /** @description Check-in sessions. */
                "check-in": number;
                /** @description Gentle deep sessions. */
                gentle_deep: number;
                /** @description Micro-practice sessions. */
                micro_practice: number;
            };
        };
        /** @description Totals across the user's sessions. */
        ProgressSummary: {
            user_id: components["schemas"]["Id"];
            /** @description From registration to now. */
            period: {
                start: components["schemas"]["Timestamp"];
                end: components["schemas"]["Timestamp"];
            };
            /** @description The totals. */
            summary: {
                /** @description Sessions in every state. */
                total_sessions: number;
                /** @description Minutes of completed sessions. */
                total_duration_minutes: number;
                average_mood: components["schemas"]["NullableNumber"];
                mood_trend: components["schemas"]["Trend"];
                /** @description Insights of completed sessions. */
                insights_count: number;
                /** @description Completed sessions that reached Experiment Design. */
                experiments_completed: number;
            };
            /** @description Directions. */
            trends: {
                mood: components["schemas"]["Trend"];
                session_frequency: components["schemas"]["ActivityTrend"];
                engagement: components["schemas"]["ActivityTrend"];
            };
        };
        /** @description A safety check-in. */
        CheckInRequest: {
            /** @description The session it follows up (optional). */
            session_id?: string;
            /**
             * @description How the user is.
             * @enum {string}
             */
            safety_status: "safe" | "unsure" | "needs_support";
            /** @description Free text. */
            message?: string;
        };
        /** @description The recorded check-in. */
        CheckInResponse: {
            check_in_id: components["schemas"]["Id"];
            /**
             * @description As submitted.
             * @enum {string}
             */
            safety_status: "safe" | "unsure" | "needs_support";
            timestamp: components["schemas"]["Timestamp"];
            next_check_in: components["schemas"]["Timestamp"];
        };
        /** @description One crisis resource. */
        SafetyResource: {
            /**
             * @description What kind of resource it is.
             * @enum {string}
             */
            type: "crisis_hotline" | "crisis_text" | "support_line" | "emergency" | "local_center" | "directory";
            /** @description The service's name. */
            name: string;
            /** @description Number to call. */
            phone?: string;
            /** @description How to text it. */
            text?: string;
            /**
             * Format: uri
             * @description Its website.
             */
            url?: string;
            /** @description Its address. */
            address?: string;
            /** @description Whether it answers around the clock. */
            available_24_7: boolean;
        };
        /** @description Resources for a location. */
        SafetyResources: {
            /** @description The resources, most urgent first. */
            resources: components["schemas"]["SafetyResource"][];
            /** @description Where they apply. */
            location: {
                /** @description ISO 3166-1 alpha-2, upper-case. */
                country: string;
                /** @description The region asked for, or `null`. */
                region: string | null;
            };
        };
        /** @description An opt-in referral request. */
        ReferralRequest: {
            /** @description What the user looks for. */
            preferences?: {
                /** @description Where. */
                location?: string;
                /** @description Insurance provider. */
                insurance?: string;
                /** @description Wanted specialties. */
                specialties?: string[];
                /** @description When the user is available. */
                availability?: string;
            };
            /**
             * @description Must be `true` (a referral is opt-in).
             * @enum {boolean}
             */
            consent_for_contact: true;
        };
        /** @description The user's referral. */
        ReferralResponse: {
            referral_id: components["schemas"]["Id"];
            /**
             * @description `processing`, then `matched`.
             * @enum {string}
             */
            status: "processing" | "matched";
            estimated_response: components["schemas"]["Timestamp"];
        };
    };
    responses: {
        /** @description A field is missing or invalid; `details.field` names it. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An invalid message, or the session is not active (paused or completed). */
        BadRequestSession: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token is missing (`AUTH_MISSING_TOKEN`) or invalid or expired (`AUTH_INVALID_TOKEN`). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unknown email or wrong password. */
        InvalidCredentials: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The email is already registered. */
        EmailTaken: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No session (or message) of yours has this id; another user's is not found either. */
        SessionNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The session is not in a state that allows this. */
        SessionConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No export of yours has this id. */
        ExportNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The export is still processing. */
        ExportNotReady: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is larger than 1 MiB. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The rate limit is spent; retry after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
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
    parameters: {
        /**
         * @description The session id (`sess_…`).
         * @example sess_xyz789abc123
         */
        SessionIdPath: string;
        /**
         * @description The session id (`sess_…`) of a completed session.
         * @example sess_xyz789abc123
         */
        JournalSessionIdPath: string;
        /**
         * @description The export id (`exp_…`).
         * @example exp_xyz789abc123
         */
        ExportIdPath: string;
        /** @description Number of results (default 20, at most 100). */
        Limit: number;
        /** @description Pagination offset (default 0). */
        Offset: number;
        /**
         * @description Start of the range, inclusive (ISO 8601 date or date-time).
         * @example 2024-01-01T00:00:00Z
         */
        StartDate: components["schemas"]["IsoDateQuery"];
        /**
         * @description End of the range, inclusive (ISO 8601 date, meaning the whole day, or date-time).
         * @example 2024-01-31
         */
        EndDate: components["schemas"]["IsoDateQuery"];
    };
    requestBodies: never;
    headers: {
        /** @description Requests allowed in the current window. */
        "X-RateLimit-Limit": number;
        /** @description Requests left in the current window. */
        "X-RateLimit-Remaining": number;
        /** @description When the window resets (Unix time, seconds). */
        "X-RateLimit-Reset": number;
        /** @description Seconds until the window resets. */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description The account exists; its first token. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["EmailTaken"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description A new token. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["InvalidCredentials"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
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
        requestBody?: never;
        responses: {
            /** @description The new token. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefreshResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    startSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartSessionRequest"];
            };
        };
        responses: {
            /** @description The session started. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartSessionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (`sess_…`).
                 * @example sess_xyz789abc123
                 */
                id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageRequest"];
            };
        };
        responses: {
            /** @description The assistant's answer. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            400: components["responses"]["BadRequestSession"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    pauseSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (`sess_…`).
                 * @example sess_xyz789abc123
                 */
                id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is paused. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PauseResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionConflict"];
            500: components["responses"]["InternalError"];
        };
    };
    resumeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (`sess_…`).
                 * @example sess_xyz789abc123
                 */
                id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ResumeRequest"];
            };
        };
        responses: {
            /** @description The session is active again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResumeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    endSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (`sess_…`).
                 * @example sess_xyz789abc123
                 */
                id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EndSessionRequest"];
            };
        };
        responses: {
            /** @description The session is completed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndSessionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getSessionSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (`sess_…`).
                 * @example sess_xyz789abc123
                 */
                id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session's summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionSummaryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionConflict"];
            500: components["responses"]["InternalError"];
        };
    };
    listSessions: {
        parameters: {
            query?: {
                /** @description Number of results (default 20, at most 100). */
                limit?: components["parameters"]["Limit"];
                /** @description Pagination offset (default 0). */
                offset?: components["parameters"]["Offset"];
                /** @description Only sessions of this type. */
                session_type?: components["schemas"]["SessionType"];
                /** @description Only sessions in this state. */
                state?: components["schemas"]["SessionState"];
                /**
                 * @description Start of the range, inclusive (ISO 8601 date or date-time).
                 * @example 2024-01-01T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description End of the range, inclusive (ISO 8601 date, meaning the whole day, or date-time).
                 * @example 2024-01-31
                 */
                end_date?: components["parameters"]["EndDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    streamConversation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StreamRequest"];
            };
        };
        responses: {
            /** @description The answer, streamed. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequestSession"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listJournalEntries: {
        parameters: {
            query?: {
                /** @description Number of results (default 20, at most 100). */
                limit?: components["parameters"]["Limit"];
                /** @description Pagination offset (default 0). */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Comma-separated tags (`?tags=self-worth,anxiety`); an entry must carry all of them. Compared lower-cased, as tags are stored (`?tags=Work` finds `work`).
                 * @example [
                 *       "self-worth",
                 *       "anxiety"
                 *     ]
                 */
                tags?: components["schemas"]["TagInput"][];
                /**
                 * @description Start of the range, inclusive (ISO 8601 date or date-time).
                 * @example 2024-01-01T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description End of the range, inclusive (ISO 8601 date, meaning the whole day, or date-time).
                 * @example 2024-01-31
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description Full-text query; every word must occur (case-insensitive). Reserved characters are allowed, so a query encoded with `+` for spaces works too.
                 * @example not good enough
                 */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalEntryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    getJournalEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (`sess_…`) of a completed session.
                 * @example sess_xyz789abc123
                 */
                session_id: components["parameters"]["JournalSessionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalEntryDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionConflict"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteJournalEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (`sess_…`) of a completed session.
                 * @example sess_xyz789abc123
                 */
                session_id: components["parameters"]["JournalSessionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry is deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteEntryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionConflict"];
            500: components["responses"]["InternalError"];
        };
    };
    addHighlight: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (`sess_…`) of a completed session.
                 * @example sess_xyz789abc123
                 */
                session_id: components["parameters"]["JournalSessionIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HighlightRequest"];
            };
        };
        responses: {
            /** @description The highlight. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Highlight"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    setTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (`sess_…`) of a completed session.
                 * @example sess_xyz789abc123
                 */
                session_id: components["parameters"]["JournalSessionIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagsRequest"];
            };
        };
        responses: {
            /** @description The entry's tags now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    createExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportRequest"];
            };
        };
        responses: {
            /** @description The export is being prepared. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getExportStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The export id (`exp_…`).
                 * @example exp_xyz789abc123
                 */
                export_id: components["parameters"]["ExportIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export's status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ExportNotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    downloadExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The export id (`exp_…`).
                 * @example exp_xyz789abc123
                 */
                export_id: components["parameters"]["ExportIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    /** @description `attachment; filename="shadow-coach-journal-<export_id>.<pdf|txt|json>"` */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "text/plain": string;
                    "application/json": components["schemas"]["ExportDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ExportNotFound"];
            409: components["responses"]["ExportNotReady"];
            500: components["responses"]["InternalError"];
        };
    };
    getMoodHistory: {
        parameters: {
            query?: {
                /**
                 * @description Start of the range, inclusive (ISO 8601 date or date-time).
                 * @example 2024-01-01T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description End of the range, inclusive (ISO 8601 date, meaning the whole day, or date-time).
                 * @example 2024-01-31
                 */
                end_date?: components["parameters"]["EndDate"];
                /** @description Bucket size (default `day`). */
                granularity?: "day" | "week" | "month";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history and its statistics. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoodHistory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    submitMood: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoodRequest"];
            };
        };
        responses: {
            /** @description The mood entry. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoodEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getInsights: {
        parameters: {
            query?: {
                /**
                 * @description Start of the range, inclusive (ISO 8601 date or date-time).
                 * @example 2024-01-01T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description End of the range, inclusive (ISO 8601 date, meaning the whole day, or date-time).
                 * @example 2024-01-31
                 */
                end_date?: components["parameters"]["EndDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The insights analytics. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsightsAnalytics"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
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
            /** @description The progress summary. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressSummary"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    safetyCheckIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInRequest"];
            };
        };
        responses: {
            /** @description The check-in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SessionNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getSafetyResources: {
        parameters: {
            query?: {
                /**
                 * @description ISO 3166-1 alpha-2 country code.
                 * @example US
                 */
                country?: string;
                /**
                 * @description Region or state code, echoed in `location.region`.
                 * @example CA
                 */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SafetyResources"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    requestReferral: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralRequest"];
            };
        };
        responses: {
            /** @description The referral. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
}
