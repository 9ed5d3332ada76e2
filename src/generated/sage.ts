// Generated from openapi/sage.yaml by `npm run types`. Do not edit; CI fails when it drifts.
export interface paths {
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register an account
         * @description Creates an account (tier `free`, `onboardingCompleted: false`) and signs it in: the
         *     answer carries a session like login's. `preferences` is optional; what is sent is
         *     merged over the defaults (`balanced`, `09:00`, `UTC`). `timezone` must be an IANA time
         *     zone (`America/New_York`), `guidanceTime` `HH:MM` (24 h). Emails are compared
         *     case-insensitively and stored lower-case.
         *
         *     The prose shows different user objects for register and login; both answer the same
         *     `AuthUser` here (the examples are completed accordingly). Registering signs in, so
         *     `lastLoginAt` equals `createdAt`.
         *
         *     Errors: `400` a missing or malformed field, a password under 8 characters, an unknown
         *     time zone; `409` (code `VALIDATION_ERROR`, `details` naming `body.email`) the email
         *     is already registered.
         *
         *     **Session creation limit.** At most 100 sessions a minute may be created from one client
         *     address (fixed one-minute windows), so that one client cannot evict every other user's
         *     session from the stub's capped store: the 101st gets `429` with `Retry-After` (seconds);
         *     answers under the limit carry no rate-limit header. Every registration counts, as every
         *     login does (both start a session). `POST /__stubs/reset` clears the count and
         *     `--no-rate-limits` turns it off. Through MSW every request comes from one address.
         */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Checks the password and starts a new session (earlier sessions keep working until they
         *     expire or log out). `lastLoginAt` becomes now.
         *
         *     Errors: `400` missing or malformed field; `401` (`AUTHENTICATION_ERROR`) unknown email
         *     or wrong password, with the same message for both.
         *
         *     **Session creation limit.** At most 100 sessions a minute may be created from one client
         *     address (fixed one-minute windows), so that one client cannot evict every other user's
         *     session from the stub's capped store: the 101st gets `429` with `Retry-After` (seconds);
         *     answers under the limit carry no rate-limit header. Every login counts, as every
         *     registration does (both start a session), whether or not its password is right.
         *     `POST /__stubs/reset` clears the count and `--no-rate-limits` turns it off. Through MSW
         *     every request comes from one address.
         */
        post: operations["login"];
        delete?: never;
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
         * Refresh the access token
         * @description The prose sends the refresh token twice, in `Authorization: Bearer <refreshToken>` and
         *     in the body. Decision: either place is enough; when both are sent they must be the
         *     same token (`400` otherwise). An access token is refused here (`401`).
         *
         *     Refreshing rotates: the answer carries a new `refreshToken` (the prose's example lacks
         *     it; it is added) and the old one stops working. `expiresAt` is the new access token's
         *     expiry (4 hours).
         *
         *     Errors: `400` the two tokens differ, or a malformed body; `401` no refresh token, an
         *     invalid, expired, rotated or revoked one, or an access token.
         */
        post: operations["refreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Revokes the session of the access token: that access token and the session's refresh
         *     token get `401` from now on. Other sessions of the same user are untouched. No body.
         *
         *     Errors: `401` missing, invalid, expired or already revoked access token.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultation/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a consultation
         * @description Casts a hexagram (three-coin method, see `info.description`), builds the traditional,
         *     personal and practical interpretations from the hexagram, the question and the
         *     category, stores the consultation and answers it.
         *
         *     The model is chosen from `aiOptions.modelPreference` (`auto` by default: `gpt-4` when
         *     the question's complexity score is at least 0.5, else `gpt-3.5-turbo`; see
         *     `POST /api/ai/model-selection`). Costs: `gpt-4` 0.04 and `gpt-3.5-turbo` 0.006 per 1000
         *     tokens. `context.complexity` `high` raises the score, `low` lowers it;
         *     `context.urgency` `high` makes the question urgent for the personality (see
         *     `POST /api/ai/detect-personality`: an urgent question is read by `guiding` or
         *     `insightful`, never `contemplative`); `previousConsultations` is accepted and does
         *     not change the reading. `culturalDepth` defaults to the user's `preferences.culturalDepth` and is
         *     stored with the consultation. A repeated question pattern may come from the cache (see
         *     `info.description`).
         *
         *     With `aiOptions.streamResponse: true` the answer is the event stream of
         *     `POST /api/consultation/create-stream` (201, `text/event-stream`).
         *
         *     **Two shapes, both served.** The prose shows a consultation twice, differently: its
         *     example answers (`interpretations.personal`, `practical.nextSteps`/`riskFactors`,
         *     `aiContext`, `favorite`) and its TypeScript data model (`hexagramData.symbolism`,
         *     `interpretations.ai`, `practical.keyInsights`/`actionSteps`/`reflectionQuestions`,
         *     `analytics`, `isBookmarked`). A frontend may have been written against either (the
         *     examples show the wire, the model is what gets pasted into a client), and no field
         *     of one contradicts the other, so every consultation carries both: the model's
         *     fields restate the same facts under the model's names (`interpretations.ai.content`
         *     is `personal.interpretation`, `actionSteps` is `nextSteps`, `analytics` mirrors
         *     `aiContext` and `rating`, `isBookmarked` is `favorite`) and stay equal to them,
         *     `PATCH` included. Only `symbolism` (the trigrams' names and the upper trigram's
         *     element, season and direction), `culturalElements` and `reflectionQuestions` are
         *     new content. The history list keeps its own short form.
         *
         *     Rate limit (per user, shared with `create-stream`): free 3, premium 50, pro 200 per
         *     hour.
         *
         *     Errors: `400` a question under 10 or over 500 characters, an unknown category, a
         *     malformed field; `401`; `429` the hourly limit is spent.
         */
        post: operations["createConsultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultation/create-stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a consultation, streamed
         * @description Creates and stores the consultation exactly as `POST /api/consultation/create` does,
         *     and answers `201` with its reading as Server-Sent Events
         *     (`Content-Type: text/event-stream`), paced by the server's `--stream-delay`:
         *
         *     | event | data | when |
         *     | --- | --- | --- |
         *     | `hexagram` | `{"hexagram": HexagramData}` | first: the cast |
         *     | `personality` | `{"state","reasoning","indicators"}` | second: the AI personality used |
         *     | `ai-chunk` | `{"chunk","chunkIndex","section"}` | several: the personal interpretation (`section: ai`), then the practical guidance (`section: practical`); `chunkIndex` counts from 1 |
         *     | `complete` | `{"consultation":{"id","aiPersonalityState","costOptimization":{"cacheHit","modelUsed","cost"}}}` | last |
         *
         *     The `ai` chunks concatenated are `interpretations.personal.interpretation`. The
         *     consultation is stored before the first event, so `GET /api/consultation/{id}` with the
         *     id of `complete` reads it (also when the client leaves mid-stream).
         *     `preferredPersonality` sets the personality; without it, it is detected from the
         *     question (see `POST /api/ai/detect-personality`). `aiOptions.forceModel` works as
         *     `modelPreference`; `enableCaching` as `useCache`. `streamingSpeed` and
         *     `costOptimization` are accepted and change nothing in the stub (the pace is the
         *     server's). `context.previousConsultations` here is a list of ids (in the basic create
         *     it is a count); like `currentLifeSituation` it is accepted and does not change the
         *     reading, which follows from the cast, the question, the category and the personality.
         *     `context.urgency` `high` makes the question urgent, as in `POST /api/consultation/create`.
         *
         *     Rate limit: shared with `POST /api/consultation/create`.
         *
         *     Errors: as `POST /api/consultation/create`.
         */
        post: operations["createConsultationStream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultation/costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * AI cost analytics of the user's consultations
         * @description Computed from the caller's consultations created in the period ending now (`day` 24 h,
         *     `week` 7 days, `month` 30 days, `year` 365 days; default `month`).
         *     `totalSpent` sums `actualCost`, `totalSaved` the savings of cache hits (their
         *     `originalCost`), `savingsRate` is `totalSaved / (totalSpent + totalSaved)` (0 without
         *     costs), `cacheHitRate` the share of cache hits. `modelUsage` always lists the three
         *     models. Amounts are in US dollars, rounded to 4 decimals.
         *
         *     Errors: `400` an unknown period; `401`.
         */
        get: operations["getConsultationCosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultation/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The user's consultation history
         * @description The caller's consultations, newest first, filtered and paginated. Filters combine with
         *     AND: `category`; `tags` (comma-separated, a consultation matches when it has every
         *     listed tag, compared case-insensitively); `startDate`/`endDate` (a date `2025-07-01` or
         *     a date-time; a bare `endDate` date includes that whole day, UTC); `favorite=true` only
         *     favorites, `favorite=false` only the others. `total` counts every match, `hasMore` is
         *     `offset + returned < total`. An offset past the end answers an empty page.
         *
         *     Errors: `400` `limit` outside 1–100, a negative `offset`, a malformed date, `startDate`
         *     after `endDate`; `401`.
         */
        get: operations["getConsultationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultation/{consultationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The consultation id (`cons_` or `cons_cached_` plus 32 hex digits). */
                consultationId: string;
            };
            cookie?: never;
        };
        /**
         * Read a consultation
         * @description The stored consultation, in the same shape as the create answer, with the notes, tags,
         *     favorite flag and rating set since.
         *
         *     Errors: `400` a malformed id; `401`; `404` no consultation of the caller has this id
         *     (another user's is `404` too).
         */
        get: operations["getConsultation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update notes, tags, favorite and rating
         * @description Sets what is sent and keeps the rest: `userNotes` (at most 5000 characters; an empty
         *     string clears them), `tags` (replaces the list; at most 20 tags of 1–50 characters,
         *     stored lower-case and de-duplicated), `favorite` (or its data-model name `isBookmarked`;
         *     both may be sent only when equal, else `400` naming `body.isBookmarked`), `rating`
         *     (1–5; also `analytics.userSatisfaction`). At least one field. The answer is the
         *     prose's short form, with `isBookmarked` beside `favorite`; `userNotes` and `rating`
         *     are left out while unset.
         *
         *     Errors: `400` an empty body, a rating outside 1–5, a malformed field; `401`; `404` as
         *     `GET`.
         */
        patch: operations["updateConsultation"];
        trace?: never;
    };
    "/api/ai/detect-personality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Detect the AI personality for a question
         * @description Scores the three personalities from the question's words (reflection and timing words
         *     such as "should", "change", "future" favour `contemplative`; "why", "meaning",
         *     "pattern" favour `insightful`; "how", "steps", "plan" favour `guiding`) and from
         *     `userHistory` (a `preferredStyle` other than `balanced` adds to that style; high
         *     satisfaction with earlier consultations of the same category raises the confidence).
         *     An urgent question (one with "urgent", "urgently", "emergency", "immediately", "asap",
         *     "hurry", "tonight", "deadline", "crisis" or "quickly", or a consultation sent with
         *     `context.urgency: high`) wants directive steps, not reflection: its urgency counts for
         *     `guiding`, `contemplative` scores at most 0.4 (below the others' base) and is never
         *     recommended, and `contextFactors` lists `urgency`. "Right now" alone is timing, not
         *     urgency: the prose's "Should I make a career change right now?" stays contemplative.
         *     The best score is recommended; the two others are the alternatives, best first.
         *     Scores and confidence are between 0 and 1.
         *
         *     Errors: `400` a missing question (10–500 characters) or malformed field; `401`.
         */
        post: operations["detectPersonality"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/cultural-context": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add cultural context to a text and check it
         * @description Finds the hexagram names the text mentions (English names as written, capitalised, whole
         *     words; "Innocence (The Unexpected)" is found as `Innocence`) and, at depth 2, the trigram
         *     names (case-insensitive) and returns one `culturalElements` entry for each (hexagrams
         *     `category: hexagram`, trigrams `category: trigram`), with its Chinese name and pinyin;
         *     `enhancedText` adds `(<Chinese>, <pinyin>)` after the first mention of each hexagram.
         *     Elements are given only up to `currentDepth` (hexagrams are depth 1, trigrams depth 2).
         *
         *     Validation flags disrespectful or reductive wording ("fortune telling",
         *     "superstition", "magic", "oriental", "exotic", "mystical orient"): each flag lowers
         *     `sensitivityScore` by 0.2 (from 0.95) and makes `respectfulLanguage` false.
         *     `progressionSuggestions.canAdvance` is true at depth 1 once the caller has 10
         *     consultations.
         *
         *     Errors: `400` missing text (1–5000 characters) or malformed field; `401`.
         */
        post: operations["culturalContext"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/model-selection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recommend a model for a question
         * @description The complexity score (0–1) grows with the question's length and with words of
         *     uncertainty and weight ("should", "change", "decision", "relationship", "career",
         *     "future", "why", …); earlier simple questions (`complexity` under 0.5 in
         *     `userHistory`) do not lower it. `quality` adds 0.15, `cost` subtracts 0.15. At 0.5 or
         *     more `gpt-4` is recommended, below `gpt-3.5-turbo`. Cost estimates assume 450 tokens
         *     (`gpt-4` 0.018, `gpt-3.5-turbo` 0.0027 US dollars).
         *
         *     Errors: `400` missing question or malformed field; `401`.
         */
        post: operations["selectModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/cost-analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * AI cost summary and optimisation advice
         * @description The same figures as `GET /api/consultation/costs` for the same period, summarised per
         *     model (`modelUsage` counts consultations answered by a model, not cache hits).
         *     `potentialSavings` is what the `gpt-4` consultations would have cost less on
         *     `gpt-3.5-turbo`; `cacheEfficiency` equals `cacheHitRate`. The recommendations follow
         *     those figures: "Use GPT-3.5 for simple follow-up questions" whenever
         *     `potentialSavings` is above 0, "Enable caching for common consultation patterns" when
         *     the cache hit rate is under 0.5; with neither, "Your usage is already cost-efficient"
         *     (never beside savings still to make), or "No consultations in this period yet".
         *
         *     Errors: `400` an unknown period; `401`.
         */
        get: operations["getAiCostAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/guidance/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The day's guidance
         * @description One hexagram per user and date, chosen deterministically from both (the same user
         *     gets the same guidance for the same date, whatever the seed or the order of
         *     requests; the first answer is stored and repeated). `date` defaults to today in the
         *     user's time zone. `personalizedInsights.basedOnHistory` is computed from the user's
         *     consultations.
         *
         *     Calendar: when a connected calendar has been synced (`POST /api/integration/calendar/sync`)
         *     and has events on that date (in the user's time zone), `calendarContext` names the
         *     day's important events (review, interview, presentation, deadline, negotiation) with
         *     their local start time, as the prose's "With your important meeting at 2 PM…", and
         *     `nextSteps` prepares for the first of them; a day with only ordinary events gets a
         *     context that counts them. `aiContext.personalizedElements` then lists
         *     `calendar_events` (between `consultation_history`, present once the user has
         *     consultations, and `user_preferences`, always present). `calendarContext` is left
         *     out when no calendar is connected, it was never synced, or it has nothing on that
         *     date. Connecting or syncing forgets the stored guidance of today and later days, so
         *     the next read uses the new events (the hexagram, `id` and `dailyMessage` stay the
         *     same: they depend on the user and the date only).
         *
         *     Rate limit: free 10 per day; premium and pro unlimited (no `X-RateLimit-*` headers).
         *
         *     Errors: `400` a date that is not `YYYY-MM-DD`; `401`; `429`.
         */
        get: operations["getDailyGuidance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/guidance/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Custom guidance for a focus area
         * @description Premium and pro only: free users get `402 SUBSCRIPTION_REQUIRED` (the prose's "0/day").
         *     Picks one of the hexagrams traditionally read for the focus area (seeded), and builds
         *     the guidance, action steps (one per concern, then the focus area's own) and timing
         *     (from `context.timeframe`) from it. Not stored.
         *
         *     Rate limit: premium 5, pro 20 per day.
         *
         *     Errors: `400` an unknown focus area or malformed field; `401`; `402` free tier; `429`.
         */
        post: operations["generateGuidance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The user's profile
         * @description The prose gives this operation twice with two shapes (an "enhanced" profile: extra
         *     preferences and `analytics`; a "basic" one: `privacy`, `statistics`, `cancelAtPeriodEnd`).
         *     Decision: one `Profile` carrying both: the full preferences, `analytics` and
         *     `statistics` (the same figures, computed from the user's consultations), and the
         *     subscription with `cancelAtPeriodEnd`. The example merges the prose's two.
         *
         *     Streaks count consecutive UTC days with at least one consultation (`currentStreak`
         *     ends today or yesterday). `subscription` is left out for free users.
         *     `averageSessionDuration` (minutes) is not measured by the stub and stays 0.
         *
         *     Rate limit: all `GET /api/user/*` together, free 100, premium 500, pro 1000 per hour.
         *
         *     Errors: `401`; `429`.
         */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the profile
         * @description `displayName` replaces; `preferences` is merged deeply into the stored preferences
         *     (a nested object such as `notifications` is merged field by field, so sending one flag
         *     keeps the others). `guidanceTime` must be `HH:MM` (24 h), `timezone` an IANA time
         *     zone. `onboardingCompleted` may be set. The answer is the whole updated profile.
         *
         *     Errors: `400` an empty body, an unknown field, a malformed time, an unknown time zone;
         *     `401`.
         */
        patch: operations["updateProfile"];
        trace?: never;
    };
    "/api/user/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The user's consultation analytics
         * @description Computed from the user's consultations between `startDate` and `endDate` (dates,
         *     inclusive, UTC). Without them the range is the `period` (`day`, `week`, `month`,
         *     `year`; default `month`) ending today; with only one of them, the other is taken from
         *     the period. `byCategory` lists all five categories. `avgRating` is left out when no
         *     consultation in the range is rated; `mostActiveDay` (weekday, UTC) and `preferredTime`
         *     (the busiest UTC hour, `HH:00-HH:00`) when there is none. `themes` are the most
         *     frequent keywords of the hexagrams cast. `favoriteHexagrams`: the three most cast,
         *     most first.
         *
         *     Rate limit: as `GET /api/user/profile`.
         *
         *     Errors: `400` an unknown period, a malformed date, `startDate` after `endDate`; `401`;
         *     `429`.
         */
        get: operations["getUserAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/cultural-progression": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check or advance the cultural depth level
         * @description Two levels. `check` reports; `advance` moves from level 1 to 2 when the user has at
         *     least 10 consultations (otherwise nothing changes and `requirements` says what is
         *     missing); `revert` goes back to level 1. `currentLevel` must be the user's level
         *     (`400` otherwise, naming it). Level changes set `preferences.culturalDepth` (and
         *     `analytics.culturalProgressionDate` on advancing). `canAdvance` is true at level 1
         *     once the requirements are met. `culturalKnowledgeAssessment` says whether the next
         *     level asks for the cultural knowledge assessment (informational until that
         *     assessment exists; not enforced); `timeRequirement` is informational too.
         *
         *     Errors: `400` a malformed field or a wrong `currentLevel`; `401`.
         */
        post: operations["culturalProgression"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subscription/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Subscribe to a paid tier
         * @description Starts (or replaces) the caller's subscription. The tier changes at once: the rate
         *     limits of the new tier apply from the next request, and `X-RateLimit-Tier` says so.
         *     The stub charges nothing; `paymentMethodId` must look like a Stripe payment method
         *     (`pm_…`). The period starts now and ends one month (`monthly`) or one year (`yearly`)
         *     later; `nextBillingDate` is the period's end. Prices, in cents of `usd`: premium 699
         *     monthly / 6990 yearly, pro 1499 monthly / 14990 yearly (the prose gives only premium
         *     monthly, 699; the others are the stub's decision). Subscribing again replaces the
         *     current subscription (a new `id`, a new period). `free` is not a subscription (`400`).
         *
         *     Errors: `400` a missing or malformed field; `401`; `502` the payment provider failed
         *     (only on request).
         */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe's webhook
         * @description Receives Stripe events. The `Stripe-Signature` header must be Stripe's:
         *     `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<payload>" under the signing secret>`
         *     (more `v1=` entries may follow; one must match). The signing secret is
         *     `whsec_contract_stubs_sage` unless the environment variable
         *     `SAGE_STRIPE_WEBHOOK_SECRET` says otherwise when the stub starts (Node only). `t` must
         *     be within 300 seconds of the stub's clock (`--now` included), either way.
         *
         *     **Payload.** The signature is checked over the body's bytes exactly as sent (Stripe's
         *     scheme), whatever their layout: compact or pretty-printed JSON is accepted when those
         *     are the bytes that were signed, and a body changed in any byte (whitespace included)
         *     after signing is refused. Like every request, the body is first checked as JSON (at
         *     most 1 MiB, nested at most 64 levels deep) and as an event: such a `400` comes before
         *     the signature is looked at, and never changes anything.
         *
         *     **Events.** `customer.subscription.updated` and `customer.subscription.deleted` are
         *     applied to the user whose subscription `id` (from `POST /api/subscription/create`;
         *     a seeded paid account's is `sub_` and its account id's 32 digits, as
         *     `sub_00000000000040008000000000000003` for `premium@sage.test`) equals
         *     `data.object.id`. `updated` takes `status` (`active`, `past_due`; `canceled`
         *     becomes `cancelled`), `cancel_at_period_end`, `current_period_start` and
         *     `current_period_end` (Unix seconds) and `metadata.tier` (`premium` or `pro`, the new
         *     tier at once, and that tier's price for the subscription's billing cycle from then
         *     on; no charge is made), each only when present. `deleted` ends the subscription: the
         *     user is back on `free`; what it charged stays in the platform's revenue. Other event types, and subscriptions the stub does not know, are
         *     acknowledged and ignored, as Stripe expects.
         *
         *     Errors: `400` (`VALIDATION_ERROR`, `details` naming `header.stripe-signature`) a
         *     missing, malformed, stale or wrong signature, or a body that is not an event.
         */
        post: operations["stripeWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users (admin)
         * @description Every stored account, newest first (ties by email), filtered and paged. A user is
         *     `active` when they signed in or consulted within the last 30 days, `inactive`
         *     otherwise (the prose names `status=active` without defining it). `lastActiveAt` is
         *     the later of the last sign-in and the last consultation; `totalConsultations` counts
         *     the stored consultations. `pagination.total` counts the matches before paging.
         *
         *     Only for the admin role (the seeded `admin@sage.test`): any other signed-in user gets
         *     `403 AUTHORIZATION_ERROR`.
         *
         *     Errors: `400` a malformed filter or `limit` outside 1–100; `401`; `403`.
         */
        get: operations["adminListUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/hexagrams/{hexagramNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description King Wen number, 1–64. */
                hexagramNumber: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a hexagram's content (admin)
         * @description Edits the stub's copy of a hexagram's texts (a reset restores the fixtures).
         *     `traditionalInterpretation` replaces the hexagram's Judgment: later consultations
         *     answer it as `interpretations.traditional.judgment` and quote it in the personal
         *     interpretation; daily and custom guidance use it too. `culturalNotes` appears in later
         *     consultations as `interpretations.traditional.culturalNotes`. `reviewedBy` and
         *     `reviewDate` are recorded as sent. Consultations made before the edit keep their text.
         *     At least one field is required.
         *
         *     Only for the admin role: `403 AUTHORIZATION_ERROR` otherwise.
         *
         *     Errors: `400` an empty body, an unknown field, a number outside 1–64; `401`; `403`.
         */
        patch: operations["adminUpdateHexagram"];
        trace?: never;
    };
    "/api/admin/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Platform analytics (admin)
         * @description Computed from the stored accounts, consultations and subscriptions over the period
         *     (the last 1, 7, 30 or 365 days up to today; `dateRange` gives its first and last UTC
         *     dates). `metrics` (comma-separated, default all three) picks the sections answered.
         *
         *     - `users`: `total` accounts now, `new` created in the period, `active` signed in or
         *       consulted in the period, `churned` subscriptions ended by Stripe's webhook in the
         *       period, `byTier` now.
         *     - `consultations`: made in the period; `averageRating` over the rated ones (0 when
         *       none), `byCategory` over all five categories.
         *     - `revenue`: in cents of `usd` (as subscription amounts are; the prose's example
         *       figures are in dollars, which this decision replaces): `total` and `byTier` the sum
         *       of every subscription charge made in the period, by the tier it paid for. Each
         *       `POST /api/subscription/create` is one charge of its amount, and it stays when the
         *       subscription is replaced (an upgrade from premium to pro keeps premium's charge) or
         *       ended by Stripe; the seeded paid accounts are monthly subscriptions charged when the
         *       stub seeds them (at start and after a reset). `mrr` is the sum over the accounts
         *       `users.byTier` counts as premium or pro of their subscription's monthly share (its
         *       amount, a twelfth of a yearly one, rounded; 0 while its status is `cancelled`, as
         *       it will not pay again). `churnRate` churned / (paid users now + churned), 4 decimals.
         *
         *     Only for the admin role: `403 AUTHORIZATION_ERROR` otherwise.
         *
         *     Errors: `400` an unknown period or metric; `401`; `403`.
         */
        get: operations["adminPlatformAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export the user's data
         * @description Starts an export of the caller's data as one JSON file: `{exportId, generatedAt, user,
         *     consultations, analytics}` — `consultations` the stored consultations (oldest first)
         *     made within `dateRange` (inclusive UTC dates, default all) when
         *     `includeConsultations` (default true), `analytics` the profile's analytics (as
         *     `GET /api/user/profile` answers them) when `includeAnalytics` (default true); a
         *     section not asked for is left out. The export keeps what was asked for, not a copy of
         *     the data: the file is built from the data as it is whenever it is read (the status
         *     poll and the download).
         *
         *     The export is `processing` until it completes, which happens at the first status
         *     poll (`GET /api/user/export/{exportId}`) or once `estimatedCompletionTime` (2 seconds
         *     later) has passed on the stub's clock — so a fixed clock (`--now`) completes too.
         *     Only `json` is offered (the prose shows no other format).
         *
         *     Errors: `400` a malformed field, or `dateRange.startDate` after `endDate`; `401`.
         */
        post: operations["createExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/export/{exportId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The export's id (`export_` and 32 hex digits). */
                exportId: components["parameters"]["ExportId"];
            };
            cookie?: never;
        };
        /**
         * An export's status
         * @description The export's status (polling completes it, see `POST /api/user/export`). Once
         *     `completed`, `downloadUrl` is the absolute URL of
         *     `GET /api/user/export/{exportId}/download` on this stub (the prose's S3 URL is only an
         *     example), `fileSize` the file's exact size in bytes as it reads now, and `expiresAt`
         *     7 days after completion; afterwards the export is gone (`404`). While `processing`,
         *     those fields and `completedAt` are absent.
         *
         *     Rate limit: counts towards `GET /api/user/*`.
         *
         *     Errors: `400` a malformed id (over 100 characters, or not valid percent-encoded
         *     UTF-8); `401`; `404` no export of the caller has this id; `429`.
         */
        get: operations["getExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/export/{exportId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The export's id (`export_` and 32 hex digits). */
                exportId: components["parameters"]["ExportId"];
            };
            cookie?: never;
        };
        /**
         * Download a completed export
         * @description The export file (`application/json`, `Content-Disposition: attachment`), exactly
         *     `fileSize` bytes. The prose has no such operation; it is the stub's `downloadUrl`.
         *
         *     Rate limit: counts towards `GET /api/user/*`.
         *
         *     Errors: `400` a malformed id (over 100 characters, or not valid percent-encoded
         *     UTF-8); `401`; `404` no export of the caller has this id, or it expired; `409`
         *     (`VALIDATION_ERROR`) still processing (poll its status first); `429`.
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
    "/api/cultural/assess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cultural knowledge assessment
         * @description Scores the answers against the stub's question bank (`fixtures/sage/cultural.ts`;
         *     `q1_yin_yang`, `q2_five_elements`, `q3_trigrams`, `q4_king_wen`, `q5_changing_lines`,
         *     `q6_daily_practice`). An answer is correct when it names the key concepts of its
         *     question (case-insensitive: e.g. "balance" or "opposing" for `q1_yin_yang`; all five
         *     elements for `q2_five_elements`). `score` is the share of correct answers out of
         *     `maxScore` 100 (rounded); `percentage` the same. `canProgress` when at least 70.
         *     `areas.strong` are the areas of correct answers, `needsImprovement` those of wrong
         *     ones, `recommendations` one per weak area. `nextAssessmentDate` is 14 days after today,
         *     at midnight UTC. `confidence` (1–5) is recorded but not scored. `currentLevel` must be
         *     the user's cultural depth.
         *
         *     Errors: `400` a malformed field, an unknown or repeated `questionId` (naming it), a
         *     `currentLevel` that is not the user's; `401`.
         */
        post: operations["culturalAssess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cultural/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cultural content by level and topic
         * @description The content items of the stub's library (`fixtures/sage/cultural.ts`) at `level`
         *     (default the user's cultural depth) and `topic` (default all). `format=summary`
         *     leaves out `practicalApplication` and `historicalContext`; `detailed` (default) has
         *     everything. `progressionPath` walks the whole library in order (level 1 first):
         *     `currentPosition` is the position of the first item answered, `totalSteps` the
         *     library's size, `nextMilestone` the title of the first item after the ones answered
         *     (null at the end), `estimatedTimeToNext` one week per step.
         *
         *     Errors: `400` an unknown level, topic or format; `401`.
         */
        get: operations["culturalContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a performance metric
         * @description Stores one client metric for the caller (the latest 1,000 per user are kept).
         *     `userId`, when sent, must be the caller's id. `recommendations` follow from the value:
         *     `animation_fps` under 50 → reduce animation complexity, under 30 also GPU
         *     acceleration; `load_time` over 2,000 ms →
         *     progressive loading; `streaming_latency` over 300 ms → caching; `memory_usage` over
         *     80 (percent) → fewer animations. An unremarkable value gets none.
         *
         *     Errors: `400` a malformed field or another user's `userId`; `401`.
         */
        post: operations["recordPerformance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/ux": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a user-experience event
         * @description Stores one UX event for the caller (the latest 1,000 kept). `insights`: satisfaction
         *     4–5 → a good personality match, 1–2 → try another personality; `context.hadErrors` →
         *     errors hurt the flow; a `duration` (ms) of 5–20 minutes → duration optimal for the
         *     personality, over 30 minutes → suggest a break.
         *
         *     Errors: `400` a malformed field; `401`.
         */
        post: operations["recordUxEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/performance/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Summary of the caller's metrics
         * @description Summarises what the caller sent in the period: `averageLoadTime` (ms,
         *     `load_time`), `averageStreamingLatency` (ms, `streaming_latency`), `averageFps`
         *     (`animation_fps`), each rounded to 1 decimal and 0 when nothing was sent;
         *     `engagementScore` the average UX `satisfaction` / 5 (0 without UX events).
         *     `bottlenecks`: `network_latency` when the latency average is over 300 ms (`high`
         *     over 1,000), `load_time` over 2,000 ms, `rendering` under 50 fps. `overallPerformance`
         *     is `good` without bottlenecks, `fair` with one, `poor` with more. `optimizations` are
         *     suggestions for the bottlenecks found; `applied` lists `Response caching` once a
         *     consultation of the caller came from the cache; `impact` is 0 (the stub measures no
         *     before/after).
         *
         *     Errors: `400` an unknown period; `401`.
         */
        get: operations["performanceSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/calendar/connect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Connect a calendar
         * @description Simulated: any `authCode` of 10 or more characters is accepted (no provider is
         *     called). The integration is `connected` with read permissions; `userEmail` is the
         *     account's email. Connecting again replaces the integration and forgets synced events.
         *     `lastSyncAt` is null until the first sync (the prose's example shows the connect
         *     time; a calendar not yet synced has no sync time).
         *
         *     Premium and pro only: the prose's rate-limit table gives the free tier 0 integration
         *     requests an hour, so a free user gets `402 SUBSCRIPTION_REQUIRED` (the same refusal as
         *     custom guidance), not a `429`. Rate limit: premium 10, pro 50 per hour, counted over
         *     every `POST /api/integration/*` operation together (connect and sync).
         *
         *     Errors: `400` a malformed field; `401`; `402` free tier; `429`; `502` the provider
         *     failed (only on request).
         */
        post: operations["connectCalendar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/calendar/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sync calendar events
         * @description Simulated: produces the calendar's events for the next 14 days (seeded faker titles and
         *     times, replacing earlier ones); `eventsProcessed` counts them. Events whose title marks
         *     them important (review, interview, presentation, deadline, negotiation) get guidance:
         *     `guidanceGenerated` counts those. `nextSyncAt` is 24 hours later. The synced events
         *     feed the daily guidance of their days (`GET /api/guidance/daily`).
         *
         *     Premium and pro only (free: `402 SUBSCRIPTION_REQUIRED`); rate limit shared with
         *     `POST /api/integration/calendar/connect`: premium 10, pro 50 per hour.
         *
         *     Errors: `401`; `402` free tier; `404` (`NOT_FOUND`) no calendar connected; `429`;
         *     `502` the provider failed (only on request).
         */
        post: operations["syncCalendar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/calendar/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Insights over the coming days
         * @description Over the synced events starting within the next `days` (1–30, default 7):
         *     `upcomingEvents` those with guidance (the important ones), soonest first, each with a
         *     hexagram and advice; `patterns.stressfulPeriods` runs of consecutive days with three
         *     or more events (`"<first> to <last>"`), `optimalTimes` up to three days without
         *     events (`"<date> morning"`), and fixed `recommendations`.
         *
         *     Reading insights is not an integration request (`GET`): it is not rate-limited and
         *     stays open to a user whose paid tier ended, over the events synced before.
         *
         *     Errors: `400` `days` outside 1–30; `401`; `404` (`NOT_FOUND`) no calendar connected
         *     or not yet synced; `502` the provider failed (only on request).
         */
        get: operations["calendarInsights"];
        put?: never;
        post?: never;
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
        /** @description The provider's OAuth result. */
        ConnectCalendarRequest: {
            /** @enum {string} */
            provider: "google" | "outlook" | "apple";
            authCode: string;
            /** Format: uri */
            redirectUri: string;
        };
        CalendarIntegration: {
            id: string;
            /** @enum {string} */
            provider: "google" | "outlook" | "apple";
            /** @enum {string} */
            status: "connected";
            /** Format: email */
            userEmail: string;
            permissions: string[];
            /** Format: date-time */
            lastSyncAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CalendarIntegrationResponse: {
            /** @constant */
            success: true;
            data: {
                integration: components["schemas"]["CalendarIntegration"];
            };
        };
        CalendarSyncResponse: {
            /** @constant */
            success: true;
            data: {
                sync: {
                    syncId: string;
                    eventsProcessed: number;
                    guidanceGenerated: number;
                    /** Format: date-time */
                    lastSyncAt: string;
                    /** Format: date-time */
                    nextSyncAt: string;
                };
            };
        };
        CalendarInsightsResponse: {
            /** @constant */
            success: true;
            data: {
                insights: {
                    upcomingEvents: {
                        eventId: string;
                        title: string;
                        /** Format: date-time */
                        startTime: string;
                        guidance: {
                            hexagram: number;
                            recommendation: string;
                            preparation: string;
                        };
                    }[];
                    patterns: {
                        stressfulPeriods: string[];
                        optimalTimes: string[];
                        recommendations: string[];
                    };
                };
            };
        };
        /** @enum {string} */
        MetricType: "animation_fps" | "load_time" | "streaming_latency" | "memory_usage" | "interaction_delay";
        /** @description One measurement from the client. */
        PerformanceMetricRequest: {
            /** Format: uuid */
            userId?: string;
            sessionId: string;
            metricType: components["schemas"]["MetricType"];
            metricValue: number;
            deviceInfo?: {
                userAgent?: string;
                viewport?: {
                    width: number;
                    height: number;
                };
                memoryEstimate?: number;
                connectionType?: string;
            };
            context?: {
                page?: string;
                action?: string;
                culturalDepth?: components["schemas"]["CulturalDepth"];
                aiPersonality?: components["schemas"]["Personality"];
            };
        };
        PerformanceMetricResponse: {
            /** @constant */
            success: true;
            data: {
                metricId: string;
                /** @constant */
                status: "recorded";
                recommendations: string[];
            };
        };
        /** @description One user-experience event. */
        UxEventRequest: {
            event: string;
            /** @description Milliseconds. */
            duration?: number;
            satisfaction?: number;
            culturalDepth?: components["schemas"]["CulturalDepth"];
            aiPersonality?: components["schemas"]["Personality"];
            context?: {
                stepInFlow?: number;
                totalSteps?: number;
                hadErrors?: boolean;
                usedOfflineMode?: boolean;
            };
        };
        UxEventResponse: {
            /** @constant */
            success: true;
            data: {
                eventId: string;
                insights: string[];
            };
        };
        PerformanceSummaryResponse: {
            /** @constant */
            success: true;
            data: {
                userMetrics: {
                    averageLoadTime: number;
                    averageStreamingLatency: number;
                    averageFps: number;
                    engagementScore: number;
                };
                systemMetrics: {
                    /** @enum {string} */
                    overallPerformance: "good" | "fair" | "poor";
                    bottlenecks: {
                        /** @enum {string} */
                        type: "network_latency" | "load_time" | "rendering";
                        /** @enum {string} */
                        severity: "low" | "medium" | "high";
                        recommendation: string;
                    }[];
                };
                optimizations: {
                    suggested: string[];
                    applied: string[];
                    impact: {
                        loadTimeImprovement: number;
                        fpsImprovement: number;
                    };
                };
            };
        };
        /** @enum {string} */
        CulturalTopic: "philosophy" | "symbols" | "history" | "practice";
        /** @description Answers to questions of the bank. */
        CulturalAssessRequest: {
            currentLevel: components["schemas"]["CulturalDepth"];
            /** @enum {string} */
            assessmentType: "knowledge";
            responses: {
                questionId: string;
                answer: string;
                confidence?: number;
            }[];
        };
        CulturalAssessResponse: {
            /** @constant */
            success: true;
            data: {
                score: number;
                maxScore: number;
                percentage: number;
                level: components["schemas"]["CulturalDepth"];
                canProgress: boolean;
                areas: {
                    strong: string[];
                    needsImprovement: string[];
                    recommendations: string[];
                };
                /** Format: date-time */
                nextAssessmentDate: string;
            };
        };
        /** @description One item of the cultural library. */
        CulturalContentItem: {
            id: string;
            title: string;
            description: string;
            chineseText: string;
            pinyin: string;
            translation: string;
            level: components["schemas"]["CulturalDepth"];
            category: components["schemas"]["CulturalTopic"];
            relatedConcepts: string[];
            practicalApplication?: string;
            historicalContext?: string;
        };
        CulturalContentResponse: {
            /** @constant */
            success: true;
            data: {
                content: components["schemas"]["CulturalContentItem"][];
                progressionPath: {
                    currentPosition: number;
                    totalSteps: number;
                    nextMilestone: string | null;
                    estimatedTimeToNext: string | null;
                };
            };
        };
        /** @description What to export. */
        CreateExportRequest: {
            /** @enum {string} */
            format: "json";
            /** @default true */
            includeConsultations: boolean;
            /** @default true */
            includeAnalytics: boolean;
            dateRange?: {
                /** Format: date */
                startDate: string;
                /** Format: date */
                endDate: string;
            };
        };
        CreateExportResponse: {
            /** @constant */
            success: true;
            data: {
                exportId: string;
                /** Format: date-time */
                estimatedCompletionTime: string;
                /** @constant */
                status: "processing";
            };
        };
        /** @description An export; the download fields only once completed. */
        ExportStatus: {
            id: string;
            /** @enum {string} */
            status: "processing" | "completed";
            /** @enum {string} */
            format: "json";
            /** Format: uri */
            downloadUrl?: string;
            /** Format: date-time */
            expiresAt?: string;
            fileSize?: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            completedAt?: string;
        };
        ExportStatusResponse: {
            /** @constant */
            success: true;
            data: {
                export: components["schemas"]["ExportStatus"];
            };
        };
        /** @description The exported data. */
        ExportFile: {
            exportId: string;
            /** Format: date-time */
            generatedAt: string;
            user: {
                id: string;
                email: string;
                displayName: string;
                subscriptionTier: components["schemas"]["Tier"];
                /** Format: date-time */
                createdAt: string;
            };
            consultations?: components["schemas"]["Consultation"][];
            analytics?: components["schemas"]["ProfileAnalytics"];
        };
        /** @enum {string} */
        UserStatus: "active" | "inactive";
        /** @description An account as the admin listing shows it. */
        AdminUser: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            displayName: string;
            subscriptionTier: components["schemas"]["Tier"];
            status: components["schemas"]["UserStatus"];
            totalConsultations: number;
            /** Format: date-time */
            lastActiveAt: string;
            /** Format: date-time */
            createdAt: string;
        };
        AdminUsersResponse: {
            /** @constant */
            success: true;
            data: {
                users: components["schemas"]["AdminUser"][];
                pagination: {
                    total: number;
                    limit: number;
                    offset: number;
                    hasMore: boolean;
                };
            };
        };
        /** @description The fields to change (at least one). */
        UpdateHexagramRequest: {
            traditionalInterpretation?: string;
            culturalNotes?: string;
            reviewedBy?: string;
            /** Format: date-time */
            reviewDate?: string;
        };
        /** @description A hexagram's editable content. */
        AdminHexagram: {
            number: number;
            name: string;
            /** @description The Judgment consultations answer. */
            traditionalInterpretation: string;
            culturalNotes: string | null;
            reviewedBy: string | null;
            /** Format: date-time */
            reviewDate: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        AdminHexagramResponse: {
            /** @constant */
            success: true;
            data: {
                hexagram: components["schemas"]["AdminHexagram"];
            };
        };
        PlatformAnalyticsResponse: {
            /** @constant */
            success: true;
            data: {
                analytics: {
                    /** @enum {string} */
                    period: "day" | "week" | "month" | "year";
                    dateRange: {
                        /** Format: date */
                        start: string;
                        /** Format: date */
                        end: string;
                    };
                    users?: {
                        total: number;
                        new: number;
                        active: number;
                        churned: number;
                        byTier: {
                            free: number;
                            premium: number;
                            pro: number;
                        };
                    };
                    consultations?: {
                        total: number;
                        averageRating: number;
                        byCategory: {
                            career: number;
                            relationships: number;
                            health: number;
                            spiritual: number;
                            general: number;
                        };
                    };
                    revenue?: {
                        total: number;
                        /** @constant */
                        currency: "usd";
                        byTier: {
                            premium: number;
                            pro: number;
                        };
                        mrr: number;
                        churnRate: number;
                    };
                };
            };
        };
        /** @description The tier and how to pay for it. */
        CreateSubscriptionRequest: {
            /**
             * @description The paid tier.
             * @enum {string}
             */
            tier: "premium" | "pro";
            /** @description A Stripe payment method id. */
            paymentMethodId: string;
            billingCycle: components["schemas"]["BillingCycle"];
        };
        /** @enum {string} */
        BillingCycle: "monthly" | "yearly";
        /** @description A subscription as created. */
        SubscriptionDetail: {
            /** @description `sub_` and 32 hex digits. */
            id: string;
            /** @enum {string} */
            tier: "premium" | "pro";
            /** @enum {string} */
            status: "active" | "cancelled" | "past_due";
            /** Format: date-time */
            currentPeriodStart: string;
            /** Format: date-time */
            currentPeriodEnd: string;
            billingCycle: components["schemas"]["BillingCycle"];
            /** @description Price per period in cents. */
            amount: number;
            /** @constant */
            currency: "usd";
            /** Format: date-time */
            nextBillingDate: string;
        };
        SubscriptionResponse: {
            /** @constant */
            success: true;
            data: {
                subscription: components["schemas"]["SubscriptionDetail"];
            };
        };
        /** @description A Stripe event; `data.object` is Stripe's object, free-form (only the fields the stub reads are described). */
        StripeEvent: {
            id: string;
            /** @constant */
            object: "event";
            type: string;
            data: {
                /** @description Stripe's object (for subscription events, a subscription). */
                object: {
                    id?: string;
                    status?: string;
                    cancel_at_period_end?: boolean;
                    current_period_start?: number;
                    current_period_end?: number;
                    metadata?: {
                        tier?: string;
                    } & {
                        [key: string]: string;
                    };
                };
            };
        };
        WebhookAck: {
            /** @constant */
            received: true;
        };
        /**
         * @description The subscription tier.
         * @enum {string}
         */
        Tier: "free" | "premium" | "pro";
        /**
         * @description The consultation's category.
         * @enum {string}
         */
        Category: "career" | "relationships" | "health" | "spiritual" | "general";
        /**
         * @description The AI personality state of a reading.
         * @enum {string}
         */
        Personality: "contemplative" | "insightful" | "guiding";
        /**
         * @description A language model the stub pretends to use.
         * @enum {string}
         */
        ModelName: "gpt-4" | "gpt-3.5-turbo";
        /** @description An ISO 8601 date (`2025-07-01`) or date-time (`2025-07-01T10:00:00Z`, seconds and fraction optional, `Z` or an offset such as `+05:30` required). The pattern admits real calendar dates only (months 01–12, the days each month has, 29 February in leap years) and times 00:00–23:59:59, so every value it admits is one the stub accepts. */
        DateOrDateTime: string;
        /** @description The error envelope of every error answer. */
        Error: {
            /**
             * @description Always false.
             * @constant
             */
            success: false;
            error: components["schemas"]["ErrorBody"];
        };
        /** @description What went wrong, with wisdom, recovery advice and context. */
        ErrorBody: {
            /**
             * @description The error code; its HTTP status is given under "Errors" in the document's description (`METHOD_NOT_ALLOWED`, which the prose has no code for, is the `405` for a method the path does not take, with an `Allow` header).
             * @enum {string}
             */
            code: "VALIDATION_ERROR" | "AUTHENTICATION_ERROR" | "AUTHORIZATION_ERROR" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "RATE_LIMIT_EXCEEDED" | "SUBSCRIPTION_REQUIRED" | "AI_SERVICE_ERROR" | "INTEGRATION_ERROR" | "INTERNAL_ERROR";
            /** @description Human-readable description naming the offending field where there is one. */
            message: string;
            /** @description `{field, message}` per offending field for validation errors; facts about the error otherwise (free-form). */
            details: components["schemas"]["FieldIssue"][] | {
                [key: string]: unknown;
            };
            wisdom: components["schemas"]["Wisdom"];
            recovery: components["schemas"]["Recovery"];
            context: components["schemas"]["ErrorContext"];
            /** @description The request's id (`req_…`). */
            requestId: string;
            /**
             * Format: date-time
             * @description When the error was answered.
             */
            timestamp: string;
        };
        /** @description One offending field. */
        FieldIssue: {
            /** @description Where the field is and its path (`body.question`, `query.limit`). */
            field: string;
            /** @description What is wrong with it. */
            message: string;
        };
        /** @description A classical saying that fits the error. */
        Wisdom: {
            /** @description The saying in Chinese, then its pinyin. */
            chineseQuote: string;
            /** @description The saying in English. */
            translation: string;
            /** @description What it says about this error. */
            explanation: string;
            /** @description Gentle advice. */
            guidance: string[];
        };
        /** @description What to do next. */
        Recovery: {
            /** @description Things to try now. */
            immediateActions: string[];
            /** @description Other ways to reach the goal. */
            alternativeApproaches: string[];
            /** @description How to avoid the error. */
            preventionTips: string[];
        };
        /** @description How to treat the error. */
        ErrorContext: {
            /**
             * @description The kind of error.
             * @enum {string}
             */
            errorCategory: "validation" | "authentication" | "authorization" | "not_found" | "method_not_allowed" | "rate_limit" | "subscription" | "ai_service" | "integration" | "internal";
            /**
             * @description How serious it is.
             * @enum {string}
             */
            severity: "low" | "medium" | "high";
            /** @description Whether the same request may succeed later. */
            isRetryable: boolean;
            /** @description Seconds to wait before retrying (rate limits), else null. */
            retryAfter: number | null;
        };
        /** @description The basic preferences (register, login). */
        Preferences: {
            interpretationStyle: components["schemas"]["InterpretationStyle"];
            guidanceTime: components["schemas"]["GuidanceTime"];
            timezone: components["schemas"]["TimeZone"];
        };
        /**
         * @description How interpretations are phrased.
         * @enum {string}
         */
        InterpretationStyle: "traditional" | "modern" | "balanced";
        /** @description Time of day for daily guidance, `HH:MM` (24 h). */
        GuidanceTime: string;
        /** @description An IANA time zone (`America/New_York`, `UTC`). */
        TimeZone: string;
        /** @description A new account. */
        RegisterRequest: {
            /**
             * Format: email
             * @description The sign-in email.
             */
            email: string;
            /** @description At least 8 characters. */
            password: string;
            /** @description The name shown in the app. */
            displayName: string;
            /** @description Preferences to start with; unset ones get the defaults. */
            preferences?: {
                interpretationStyle?: components["schemas"]["InterpretationStyle"];
                guidanceTime?: components["schemas"]["GuidanceTime"];
                timezone?: components["schemas"]["TimeZone"];
            };
        };
        /** @description Credentials. */
        LoginRequest: {
            /**
             * Format: email
             * @description The sign-in email.
             */
            email: string;
            /** @description The password. */
            password: string;
        };
        /** @description The refresh token (or send it as `Authorization: Bearer <refreshToken>`). */
        RefreshRequest: {
            /** @description The current refresh token. */
            refreshToken?: string;
        };
        /** @description The account as register and login answer it. */
        AuthUser: {
            /**
             * Format: uuid
             * @description The user id.
             */
            id: string;
            /** @description The sign-in email (lower-case). */
            email: string;
            /** @description The name shown in the app. */
            displayName: string;
            subscriptionTier: components["schemas"]["Tier"];
            /** @description Whether onboarding was completed. */
            onboardingCompleted: boolean;
            preferences: components["schemas"]["Preferences"];
            /**
             * Format: date-time
             * @description When the account was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the account last signed in.
             */
            lastLoginAt: string;
        };
        /** @description A token pair. */
        Session: {
            /** @description The access token (JWT, 4 hours). */
            accessToken: string;
            /** @description The refresh token (JWT, 30 days, rotated on use). */
            refreshToken: string;
            /**
             * Format: date-time
             * @description When the access token expires.
             */
            expiresAt: string;
        };
        /** @description An account and its new session. */
        AuthResponse: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description The account and the session. */
            data: {
                user: components["schemas"]["AuthUser"];
                session: components["schemas"]["Session"];
            };
        };
        /** @description A new access token and the rotated refresh token. */
        RefreshResponse: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            data: components["schemas"]["Session"];
        };
        /** @description Confirmation. */
        LogoutResponse: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description `Successfully logged out`. */
            message: string;
        };
        /**
         * @description `auto` lets the stub choose by complexity.
         * @enum {string}
         */
        ModelPreference: "auto" | "gpt-4" | "gpt-3.5-turbo";
        /** @description A question for the oracle. */
        CreateConsultationRequest: {
            question: components["schemas"]["Question"];
            category: components["schemas"]["Category"];
            culturalDepth?: components["schemas"]["CulturalDepth"];
            /** @description What surrounds the question. */
            context?: {
                /**
                 * @description How complex the asker feels the question is.
                 * @enum {string}
                 */
                complexity?: "low" | "medium" | "high";
                urgency?: components["schemas"]["Urgency"];
                /** @description How many consultations the asker had before. */
                previousConsultations?: number;
            };
            /** @description How the AI answers. */
            aiOptions?: {
                /**
                 * @description Answer with the event stream of `create-stream`.
                 * @default false
                 */
                streamResponse: boolean;
                /**
                 * @description Allow a cached reading for a repeated question pattern.
                 * @default true
                 */
                useCache: boolean;
                modelPreference?: components["schemas"]["ModelPreference"];
            };
        };
        /** @description A question for the oracle, answered as a stream. */
        CreateStreamRequest: {
            question: components["schemas"]["Question"];
            category: components["schemas"]["Category"];
            culturalDepth?: components["schemas"]["CulturalDepth"];
            preferredPersonality?: components["schemas"]["Personality"];
            /** @description What surrounds the question. */
            context?: {
                /** @description Ids of earlier consultations the question follows. */
                previousConsultations?: string[];
                /** @description A sentence about the asker's situation. */
                currentLifeSituation?: string;
                urgency?: components["schemas"]["Urgency"];
            };
            /** @description How the AI answers. */
            aiOptions?: {
                /**
                 * @description Allow a cached reading for a repeated question pattern.
                 * @default true
                 */
                enableCaching: boolean;
                forceModel?: components["schemas"]["ModelPreference"];
                /**
                 * @description Accepted; the stub's pace is the server's `--stream-delay`.
                 * @enum {string}
                 */
                streamingSpeed?: "slow" | "medium" | "fast";
                /** @description Accepted; changes nothing in the stub. */
                costOptimization?: boolean;
            };
        };
        /** @description The question, 10–500 characters. */
        Question: string;
        /**
         * @description Cultural depth level (1 or 2); defaults to the user's.
         * @enum {integer}
         */
        CulturalDepth: 1 | 2;
        /**
         * @description How urgent the question is.
         * @enum {string}
         */
        Urgency: "low" | "medium" | "high";
        /** @description A hexagram by number and names. */
        HexagramRef: {
            /** @description King Wen number. */
            number: number;
            /** @description English name. */
            name: string;
            /** @description Chinese name. */
            chineseName: string;
        };
        /** @description A cast hexagram. */
        HexagramData: {
            /** @description King Wen number, following from the lines. */
            number: number;
            /** @description English name. */
            name: string;
            /** @description Chinese name. */
            chineseName: string;
            /** @description The Unicode hexagram character (䷘). */
            symbol: string;
            /** @description The six line values, bottom to top (6 old yin, 7 young yang, 8 young yin, 9 old yang). */
            lines: (6 | 7 | 8 | 9)[];
            /** @description Positions (1 bottom – 6 top) of the 6s and 9s, ascending. */
            changingLines: number[];
            /** @description The upper and lower trigrams (by key, `heaven`, `thunder`, …). */
            trigrams: {
                upper: components["schemas"]["TrigramKey"];
                lower: components["schemas"]["TrigramKey"];
            };
            relatingHexagram?: components["schemas"]["HexagramRef"];
            /** @description The data model's symbolism: the two trigrams' names, upper first, and the upper (outer) trigram's five-phase element, season and compass direction in King Wen's later-heaven arrangement. */
            symbolism: {
                /** @description The upper and the lower trigram's English names (`[Heaven, Thunder]`). */
                trigrams: string[];
                /**
                 * @description The upper trigram's element.
                 * @enum {string}
                 */
                element: "metal" | "wood" | "water" | "fire" | "earth";
                /** @description The upper trigram's season (`late autumn` for Heaven). */
                season: string;
                /** @description The upper trigram's compass direction (`northwest` for Heaven). */
                direction: string;
            };
        };
        /**
         * @description A trigram by its image.
         * @enum {string}
         */
        TrigramKey: "heaven" | "lake" | "fire" | "thunder" | "wind" | "water" | "mountain" | "earth";
        /** @description The reading, in both of the prose's shapes: `personal` (the example answers) and `ai` (the data model) carry the same interpretation; `practical` has both shapes' fields. */
        Interpretations: {
            /** @description The classic text of the hexagram. */
            traditional: {
                /** @description What the hexagram stands for. */
                meaning: string;
                /** @description The Judgment. */
                judgment: string;
                /** @description The Image. */
                image: string;
                /** @description Cultural notes an administrator added to the hexagram (`PATCH /api/admin/hexagrams/{hexagramNumber}`); left out when there are none. */
                culturalNotes?: string;
                /** @description The text of each changing line, by position (`"4"`); left out when no line changes. */
                changingLines?: {
                    [key: string]: string;
                };
            };
            /** @description The reading applied to the question. */
            personal: {
                /** @description The personal interpretation (what `create-stream` sends as `ai` chunks). */
                interpretation: string;
                /** @description Key insights. */
                keyInsights: string[];
                /** @description What to do. */
                actionGuidance: string;
            };
            /** @description The data model's view of the personal interpretation. */
            ai: {
                /** @description The personal interpretation (equals `personal.interpretation`). */
                content: string;
                personalityState: components["schemas"]["Personality"];
                culturalDepth: components["schemas"]["CulturalDepth"];
                /** @description Equals `aiContext.confidence`. */
                confidenceScore: number;
                /** @description The Chinese terms of the reading. */
                culturalElements: {
                    /** @description The hexagram's themes. */
                    concepts: string[];
                    /** @description English name → Chinese and pinyin (`Peace` → `泰 (Tài)`), for the hexagram and its two trigrams. */
                    translations: {
                        [key: string]: string;
                    };
                    /** @description The trigrams' place in the family of eight; at cultural depth 2 also their elements and directions. */
                    context: string;
                };
            };
            /** @description Practical steps, in both shapes: `nextSteps` and `riskFactors` of the example answers, `keyInsights`, `actionSteps` and `reflectionQuestions` of the data model. */
            practical: {
                /** @description Concrete next steps for the category. */
                nextSteps: string[];
                /** @description Equals `personal.keyInsights`. */
                keyInsights: string[];
                /** @description Equals `nextSteps`. */
                actionSteps: string[];
                /** @description Questions to sit with, from the hexagram's themes and where the changing lines lead. */
                reflectionQuestions: string[];
                /** @description When (sooner the more lines change). */
                timeframe: string;
                /** @description What to watch out for. */
                riskFactors: string[];
            };
        };
        /** @description What the reading cost and saved (US dollars). */
        CostOptimization: {
            /** @description What the model answer cost (or would have cost). */
            originalCost: number;
            /** @description What was spent (0 for a cache hit). */
            actualCost: number;
            /** @description Share saved (1 for a cache hit, else 0). */
            savings: number;
        };
        /** @description How the AI produced the reading. */
        AiContext: {
            /**
             * @description The model, or `cache` for a cache hit.
             * @enum {string}
             */
            modelUsed: "gpt-4" | "gpt-3.5-turbo" | "cache";
            /** @description Prompt template version. */
            promptVersion: string;
            /** @description Confidence of the interpretation. */
            confidence: number;
            /** @description Cultural accuracy score. */
            culturalAccuracy: number;
            /** @description Whether the reading came from the cache. */
            cacheHit: boolean;
            /** @description Tokens of the model answer (0 for a cache hit). */
            tokensUsed: number;
            costOptimization: components["schemas"]["CostOptimization"];
            /** @description Milliseconds to produce the reading. */
            responseTime: number;
            /** @description Cache hits only; the response time of the cached reading. */
            originalResponseTime?: number;
            /** @description Cache hits only; the response time of this answer (equals `responseTime`). */
            actualResponseTime?: number;
        };
        /** @description A stored consultation. */
        Consultation: {
            /** @description `cons_` (or `cons_cached_` for a cache hit) plus 32 hex digits. */
            id: string;
            /**
             * Format: uuid
             * @description The owner.
             */
            userId: string;
            /** @description The question. */
            question: string;
            category: components["schemas"]["Category"];
            culturalDepth: components["schemas"]["CulturalDepth"];
            aiPersonalityState: components["schemas"]["Personality"];
            /** @description Whether the reading was served from the cache. */
            fromCache: boolean;
            /** @description `hexagram_<number>_<category>_<pattern>`, the key this reading is cached under. */
            cacheKey: string;
            hexagramData: components["schemas"]["HexagramData"];
            interpretations: components["schemas"]["Interpretations"];
            aiContext: components["schemas"]["AiContext"];
            analytics: components["schemas"]["ConsultationAnalytics"];
            /** @description The user's notes; left out until set. */
            userNotes?: string;
            /** @description The user's tags. */
            tags: string[];
            /** @description Marked as favorite. */
            favorite: boolean;
            /** @description The data model's name for `favorite`; always equal to it. */
            isBookmarked: boolean;
            /** @description The user's rating; left out until rated. */
            rating?: number;
            /**
             * Format: date-time
             * @description When it was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it last changed.
             */
            updatedAt: string;
        };
        /** @description The data model's `analytics`, the same facts as `aiContext`, `aiPersonalityState` and `rating`. */
        ConsultationAnalytics: {
            aiPersonalityState: components["schemas"]["Personality"];
            /** @description Equals `aiContext.responseTime`. */
            responseTime: number;
            /** @description Equals `aiContext.tokensUsed`. */
            tokenUsage: number;
            /** @description Equals `rating`; left out until rated. */
            userSatisfaction?: number;
            /** @description Equals `aiContext.culturalAccuracy`. */
            culturalAccuracy: number;
            /** @description What the reading cost and saved. */
            costAnalytics: {
                /**
                 * @description Equals `aiContext.modelUsed`.
                 * @enum {string}
                 */
                modelUsed: "gpt-4" | "gpt-3.5-turbo" | "cache";
                /** @description Equals `aiContext.cacheHit`. */
                cacheHit: boolean;
                /** @description Equals `aiContext.costOptimization.actualCost` (US dollars). */
                cost: number;
                /** @description Tokens a cache hit did not spend (those of the cached reading); 0 otherwise. */
                tokensSaved: number;
                /** @description `originalCost` − `actualCost` (US dollars). */
                costSaved: number;
            };
        };
        /** @description One consultation. */
        ConsultationResponse: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description The consultation. */
            data: {
                consultation: components["schemas"]["Consultation"];
            };
        };
        /** @description Server-Sent Events: `event: <type>` and `data: <JSON>` lines, events separated by a blank line, in the order `hexagram`, `personality`, `ai-chunk`…, `complete`. The `data` schema of each event type is in `x-sse-events` of `create-stream`. */
        ConsultationEventStream: string;
        /** @description `data` of the `hexagram` event: the cast. */
        SseHexagram: {
            hexagram: components["schemas"]["HexagramData"];
        };
        /** @description `data` of the `personality` event. */
        SsePersonality: {
            state: components["schemas"]["Personality"];
            /** @description Why this personality. */
            reasoning: string;
            /** @description What in the question pointed to it. */
            indicators: string[];
        };
        /** @description `data` of an `ai-chunk` event. */
        SseAiChunk: {
            /** @description The next piece of text. */
            chunk: string;
            /** @description Position of the chunk, from 1. */
            chunkIndex: number;
            /**
             * @description `ai`: the personal interpretation; `practical`: the practical guidance.
             * @enum {string}
             */
            section: "ai" | "practical";
        };
        /** @description `data` of the `complete` event: the stored consultation's summary. */
        SseComplete: {
            /** @description Read the whole consultation with `GET /api/consultation/{id}`. */
            consultation: {
                /** @description The consultation id. */
                id: string;
                aiPersonalityState: components["schemas"]["Personality"];
                /** @description The cost of this reading. */
                costOptimization: {
                    /** @description Whether it came from the cache. */
                    cacheHit: boolean;
                    /**
                     * @description The model or `cache`.
                     * @enum {string}
                     */
                    modelUsed: "gpt-4" | "gpt-3.5-turbo" | "cache";
                    /** @description What was spent (US dollars). */
                    cost: number;
                };
            };
        };
        /** @description What to change; at least one field. */
        UpdateConsultationRequest: {
            /** @description Notes; an empty string clears them. */
            userNotes?: string;
            /** @description Replaces the tags. */
            tags?: string[];
            /** @description Mark or unmark as favorite. */
            favorite?: boolean;
            /** @description The data model's name for `favorite`; sent with `favorite`, it must agree. */
            isBookmarked?: boolean;
            /** @description Rating, 1–5. */
            rating?: number;
        };
        /** @description The updated fields. */
        UpdateConsultationResponse: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description The consultation's user fields. */
            data: {
                /** @description The consultation's user fields after the update. */
                consultation: {
                    /** @description The consultation id. */
                    id: string;
                    /** @description Notes; left out when unset. */
                    userNotes?: string;
                    /** @description Tags. */
                    tags: string[];
                    /** @description Favorite flag. */
                    favorite: boolean;
                    /** @description Equals `favorite`. */
                    isBookmarked: boolean;
                    /** @description Rating; left out when unset. */
                    rating?: number;
                    /**
                     * Format: date-time
                     * @description When it changed.
                     */
                    updatedAt: string;
                };
            };
        };
        /** @description A consultation in the history list. */
        HistoryItem: {
            /** @description The consultation id. */
            id: string;
            /** @description The question. */
            question: string;
            category: components["schemas"]["Category"];
            hexagramData: components["schemas"]["HexagramRef"];
            /** @description Notes; left out when unset. */
            userNotes?: string;
            /** @description Tags. */
            tags: string[];
            /** @description Favorite flag. */
            favorite: boolean;
            /** @description Rating; left out when unset. */
            rating?: number;
            /**
             * Format: date-time
             * @description When it was created.
             */
            createdAt: string;
        };
        /** @description Where this page is. */
        Pagination: {
            /** @description Matches in all. */
            total: number;
            /** @description The page size asked for. */
            limit: number;
            /** @description Matches skipped. */
            offset: number;
            /** @description Whether matches follow this page. */
            hasMore: boolean;
        };
        /** @description A page of the history. */
        HistoryResponse: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description The page. */
            data: {
                /** @description Newest first. */
                consultations: components["schemas"]["HistoryItem"][];
                pagination: components["schemas"]["Pagination"];
            };
        };
        /** @description Consultations of one model and their cost. */
        ModelCost: {
            /** @description Consultations. */
            count: number;
            /** @description Spent (US dollars). */
            cost: number;
        };
        /** @description Cost analytics. */
        CostsResponse: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description The analytics. */
            data: {
                /** @description Costs of the period. */
                costAnalytics: {
                    /**
                     * @description The period.
                     * @enum {string}
                     */
                    period: "day" | "week" | "month" | "year";
                    /** @description Consultations in the period. */
                    totalConsultations: number;
                    /** @description Spending and savings. */
                    costBreakdown: {
                        /** @description Spent. */
                        totalSpent: number;
                        /** @description Spent per consultation (0 without any). */
                        avgPerConsultation: number;
                        /** @description Share of cache hits. */
                        cacheHitRate: number;
                        /** @description What the cache saved. */
                        savings: {
                            /** @description Saved. */
                            totalSaved: number;
                            /** @description Saved / (spent + saved). */
                            savingsRate: number;
                        };
                    };
                    /** @description Per model, and the cache. */
                    modelUsage: {
                        "gpt-4": components["schemas"]["ModelCost"];
                        "gpt-3.5-turbo": components["schemas"]["ModelCost"];
                        cache: components["schemas"]["ModelCost"];
                    };
                };
            };
        };
        /** @description A question and what is known of the asker. */
        DetectPersonalityRequest: {
            question: components["schemas"]["Question"];
            /** @description The asker's history. */
            userHistory?: {
                /** @description Recent consultations. */
                recentConsultations?: {
                    /** @description Its question. */
                    question: string;
                    category: components["schemas"]["Category"];
                    /** @description How satisfied the asker was (1–5). */
                    satisfaction?: number;
                }[];
                /** @description The asker's preferences. */
                preferences?: {
                    /**
                     * @description Preferred personality.
                     * @enum {string}
                     */
                    preferredStyle?: "balanced" | "contemplative" | "insightful" | "guiding";
                    /** @description Minutes. */
                    averageSessionLength?: number;
                };
            };
        };
        /** @description An alternative personality. */
        ScoredPersonality: {
            personality: components["schemas"]["Personality"];
            /** @description Its score. */
            score: number;
            /** @description What it would bring. */
            rationale: string;
        };
        /** @description The recommendation. */
        DetectPersonalityResponse: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description The recommended personality and the alternatives. */
            data: {
                recommendedPersonality: components["schemas"]["Personality"];
                /** @description Confidence. */
                confidence: number;
                /** @description Why. */
                reasoning: {
                    /** @description What the question shows. */
                    questionAnalysis: string;
                    /** @description What the history adds. */
                    historyInfluence: string;
                    /** @description Signals found. */
                    contextFactors: string[];
                };
                /** @description The other two, best first. */
                alternatives: components["schemas"]["ScoredPersonality"][];
            };
        };
        /** @description A text to enrich and check. */
        CulturalContextRequest: {
            /** @description The text. */
            text: string;
            currentDepth?: components["schemas"]["CulturalDepth"];
            /**
             * @description How familiar the reader is with Chinese culture.
             * @enum {string}
             */
            userFamiliarity?: "beginner" | "intermediate" | "advanced";
        };
        /** @description The enriched text and its validation. */
        CulturalContextResponse: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description The result. */
            data: {
                /** @description The text with Chinese names and pinyin added. */
                enhancedText: string;
                /** @description The cultural terms found. */
                culturalElements: {
                    /** @description The term as found. */
                    term: string;
                    /** @description Chinese. */
                    chinese: string;
                    /** @description Pinyin. */
                    pinyin: string;
                    /** @description What it means. */
                    explanation: string;
                    depth: components["schemas"]["CulturalDepth"];
                    /** @description `hexagram`, `trigram` (the prose's example says `philosophy`). */
                    category: string;
                }[];
                /** @description Sensitivity check. */
                validation: {
                    /** @description Sensitivity score. */
                    sensitivityScore: number;
                    /** @description Accuracy score. */
                    culturalAccuracy: number;
                    /** @description No flagged wording. */
                    respectfulLanguage: boolean;
                    /** @description The flagged wording, with why. */
                    flaggedConcerns: string[];
                };
                /** @description Progress towards the next depth. */
                progressionSuggestions: {
                    /** @description Whether the caller may advance now. */
                    canAdvance: boolean;
                    /** @description What the next level needs. */
                    requirements: string[];
                    /** @description What it brings. */
                    benefits: string[];
                };
            };
        };
        /** @description A question to pick a model for. */
        ModelSelectionRequest: {
            question: components["schemas"]["Question"];
            /** @description Earlier questions. */
            userHistory?: {
                /** @description Its text. */
                question: string;
                category?: components["schemas"]["Category"];
                /** @description Its complexity score. */
                complexity?: number;
            }[];
            /**
             * @description What matters more.
             * @default balanced
             * @enum {string}
             */
            preferredBalance: "cost" | "balanced" | "quality";
        };
        /** @description The recommendation. */
        ModelSelectionResponse: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description The recommended model and the alternative. */
            data: {
                recommendedModel: components["schemas"]["ModelName"];
                /** @description Confidence. */
                confidence: number;
                /** @description Why. */
                reasoning: {
                    /** @description The question's complexity. */
                    complexityScore: number;
                    /** @description What the history says. */
                    historyInfluence: string;
                    /** @description Costs. */
                    costImplication: {
                        /** @description Estimated cost with the recommended model. */
                        estimatedCost: number;
                        /** @description Saved against `gpt-4`. */
                        potentialSavings: number;
                    };
                };
                /** @description The other model. */
                alternatives: {
                    model: components["schemas"]["ModelName"];
                    /** @description Its fit. */
                    score: number;
                    /** @description Its cost minus the recommended model's. */
                    costDifference: number;
                    /** @description What would change. */
                    "qualityTrade-off": string;
                }[];
            };
        };
        /** @description One model's consultations. */
        ModelTotals: {
            /** @description Consultations it answered. */
            consultations: number;
            /** @description Their cost. */
            totalCost: number;
            /** @description Per consultation (0 without any). */
            averageCost: number;
        };
        /** @description Cost summary. */
        AiCostAnalyticsResponse: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description The summary. */
            data: {
                /** @description Totals of the period. */
                summary: {
                    /** @description Spent. */
                    totalSpent: number;
                    /** @description Saved by the cache. */
                    totalSaved: number;
                    /** @description Spent per consultation. */
                    averageCostPerConsultation: number;
                    /** @description Share of cache hits. */
                    cacheHitRate: number;
                    /** @description Saved / (spent + saved). */
                    savingsRate: number;
                };
                /** @description Per model. */
                modelUsage: {
                    "gpt-4": components["schemas"]["ModelTotals"];
                    "gpt-3.5-turbo": components["schemas"]["ModelTotals"];
                };
                /** @description Advice. */
                optimization: {
                    /** @description What to change. */
                    recommendations: string[];
                    /** @description What `gpt-3.5-turbo` would have saved on the `gpt-4` consultations. */
                    potentialSavings: number;
                    /** @description The cache hit rate. */
                    cacheEfficiency: number;
                };
            };
        };
        /** @description A day's guidance. */
        DailyGuidance: {
            /** @description `guide_` plus 32 hex digits. */
            id: string;
            /**
             * Format: uuid
             * @description The user.
             */
            userId: string;
            /**
             * Format: date
             * @description The day.
             */
            date: string;
            /** @description The day's hexagram. */
            hexagram: {
                /** @description King Wen number. */
                number: number;
                /** @description English name. */
                name: string;
                /** @description Chinese name. */
                chineseName: string;
                /** @description The Unicode hexagram character. */
                symbol: string;
            };
            /** @description The message. */
            dailyMessage: {
                /** @description The day's theme. */
                theme: string;
                /** @description The guidance. */
                guidance: string;
                /** @description What to focus on. */
                focusAreas: string[];
                /** @description What to avoid. */
                avoidToday: string[];
            };
            /** @description Insights from the user's own data. */
            personalizedInsights: {
                /** @description From the user's consultations. */
                basedOnHistory: string;
                /** @description From the synced calendar's events of that date; left out when there are none. */
                calendarContext?: string;
                /** @description What to do today. */
                nextSteps: string;
            };
            /** @description How it was made. */
            aiContext: {
                /**
                 * Format: date-time
                 * @description When it was generated.
                 */
                generatedAt: string;
                /** @description What was used: `consultation_history`, `calendar_events`, `user_preferences`. */
                personalizedElements: string[];
                /** @description Confidence. */
                confidence: number;
            };
            /**
             * Format: date-time
             * @description When it was first asked for.
             */
            createdAt: string;
        };
        /** @description The day's guidance. */
        DailyGuidanceResponse: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description The guidance. */
            data: {
                guidance: components["schemas"]["DailyGuidance"];
            };
        };
        /**
         * @description What the guidance is about.
         * @enum {string}
         */
        FocusArea: "decision_making" | "career" | "relationships" | "health" | "spiritual" | "personal_growth" | "financial" | "creativity";
        /** @description What to get guidance on. */
        GenerateGuidanceRequest: {
            focusArea: components["schemas"]["FocusArea"];
            /** @description The situation. */
            context?: {
                /** @description A sentence about the situation. */
                situation?: string;
                /**
                 * @description When it matters.
                 * @enum {string}
                 */
                timeframe?: "today" | "this_week" | "next_week" | "this_month" | "next_month" | "next_quarter" | "this_year";
                /** @description Concerns (snake_case words, e.g. `financial_stability`). */
                concerns?: string[];
            };
        };
        /** @description The custom guidance. */
        CustomGuidanceResponse: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description The guidance. */
            data: {
                /** @description Custom guidance. */
                guidance: {
                    /** @description `guide_custom_` plus 32 hex digits. */
                    id: string;
                    /**
                     * @description Always `custom`.
                     * @constant
                     */
                    type: "custom";
                    focusArea: components["schemas"]["FocusArea"];
                    hexagram: components["schemas"]["HexagramRef"];
                    /** @description The guidance. */
                    guidance: string;
                    /** @description Steps. */
                    actionSteps: string[];
                    /** @description When. */
                    timing: string;
                    /**
                     * Format: date-time
                     * @description When it was generated.
                     */
                    createdAt: string;
                };
            };
        };
        /** @description Notification switches. */
        Notifications: {
            /** @description Daily guidance. */
            dailyGuidance: boolean;
            /** @description Reminders. */
            consultationReminders: boolean;
            /** @description Weekly insights. */
            weeklyInsights: boolean;
        };
        /** @description Every preference (the prose's enhanced and basic profiles together). */
        FullPreferences: {
            culturalDepth: components["schemas"]["CulturalDepth"];
            aiPersonalityPreference: components["schemas"]["PersonalityPreference"];
            animationPreferences: components["schemas"]["AnimationPreferences"];
            sessionTracking: components["schemas"]["SessionTracking"];
            interpretationStyle: components["schemas"]["InterpretationStyle"];
            guidanceTime: components["schemas"]["GuidanceTime"];
            timezone: components["schemas"]["TimeZone"];
            notifications: components["schemas"]["Notifications"];
            privacy: components["schemas"]["Privacy"];
        };
        /**
         * @description Preferred AI personality.
         * @enum {string}
         */
        PersonalityPreference: "balanced" | "contemplative" | "insightful" | "guiding";
        /** @description Animation settings. */
        AnimationPreferences: {
            /** @description Reduce motion. */
            reducedMotion: boolean;
            /** @description Use the GPU. */
            gpuAcceleration: boolean;
            /**
             * @description How fast streamed text appears.
             * @enum {string}
             */
            streamingSpeed: "slow" | "medium" | "fast";
        };
        /** @description Session wellbeing settings. */
        SessionTracking: {
            /** @description Remind after long sessions. */
            longSessionReminders: boolean;
            /** @description Suggest breaks. */
            mindfulnessBreaks: boolean;
            /** @description Minutes. */
            maxSessionDuration: number;
        };
        /** @description Privacy choices. */
        Privacy: {
            /** @description Allow analytics. */
            analyticsOptIn: boolean;
            /** @description Allow marketing. */
            marketingOptIn: boolean;
        };
        /** @description The basic profile's figures. */
        Statistics: {
            /** @description Consultations stored. */
            totalConsultations: number;
            /** @description Consecutive days with a consultation, ending today or yesterday. */
            currentStreak: number;
            /** @description Longest such run. */
            longestStreak: number;
            /** @description Most asked category (null without consultations). */
            favoriteCategory: components["schemas"]["Category"] | null;
            /** @description Mean rating of rated consultations (0 without any). */
            averageRating: number;
            /**
             * Format: date-time
             * @description When the account was created.
             */
            joinDate: string;
        };
        /** @description The enhanced profile's figures (the same numbers as `statistics`, and more). */
        ProfileAnalytics: {
            /** @description Consultations stored. */
            totalConsultations: number;
            /** @description As in `statistics`. */
            currentStreak: number;
            /** @description As in `statistics`. */
            longestStreak: number;
            /** @description Most used personality (null without consultations). */
            favoritePersonality: components["schemas"]["Personality"] | null;
            /** @description Minutes; not measured by the stub (0). */
            averageSessionDuration: number;
            /** @description When the user advanced to depth 2, or null. */
            culturalProgressionDate: string | null;
            /** @description As in `statistics`. */
            favoriteCategory: components["schemas"]["Category"] | null;
            /** @description As in `statistics`. */
            averageRating: number;
            /**
             * Format: date-time
             * @description As in `statistics`.
             */
            joinDate: string;
        };
        /** @description The paid subscription. */
        Subscription: {
            tier: components["schemas"]["Tier"];
            /**
             * @description Status.
             * @enum {string}
             */
            status: "active" | "cancelled" | "past_due";
            /**
             * Format: date-time
             * @description Start of the billing period.
             */
            currentPeriodStart: string;
            /**
             * Format: date-time
             * @description End of the billing period.
             */
            currentPeriodEnd: string;
            /** @description Ends at the period's end. */
            cancelAtPeriodEnd: boolean;
        };
        /** @description The one profile shape carrying both of the prose's (see `GET /api/user/profile`). */
        Profile: {
            /**
             * Format: uuid
             * @description The user id.
             */
            id: string;
            /** @description The sign-in email. */
            email: string;
            /** @description The name shown in the app. */
            displayName: string;
            subscriptionTier: components["schemas"]["Tier"];
            preferences: components["schemas"]["FullPreferences"];
            analytics: components["schemas"]["ProfileAnalytics"];
            statistics: components["schemas"]["Statistics"];
            subscription?: components["schemas"]["Subscription"];
            /** @description Whether onboarding was completed. */
            onboardingCompleted: boolean;
            /**
             * Format: date-time
             * @description When the account was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the profile last changed.
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When the account last signed in.
             */
            lastLoginAt: string;
        };
        /** @description The profile. */
        ProfileResponse: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description The profile. */
            data: {
                user: components["schemas"]["Profile"];
            };
        };
        /** @description What to change; at least one field. Nested preferences are merged. */
        UpdateProfileRequest: {
            /** @description New display name. */
            displayName?: string;
            /** @description Mark onboarding as completed. */
            onboardingCompleted?: boolean;
            /** @description Preferences to change; the rest are kept. */
            preferences?: {
                culturalDepth?: components["schemas"]["CulturalDepth"];
                aiPersonalityPreference?: components["schemas"]["PersonalityPreference"];
                /** @description Animation settings to change. */
                animationPreferences?: {
                    /** @description Reduce motion. */
                    reducedMotion?: boolean;
                    /** @description Use the GPU. */
                    gpuAcceleration?: boolean;
                    /**
                     * @description Streamed text speed.
                     * @enum {string}
                     */
                    streamingSpeed?: "slow" | "medium" | "fast";
                };
                /** @description Session settings to change. */
                sessionTracking?: {
                    /** @description Remind after long sessions. */
                    longSessionReminders?: boolean;
                    /** @description Suggest breaks. */
                    mindfulnessBreaks?: boolean;
                    /** @description Minutes. */
                    maxSessionDuration?: number;
                };
                interpretationStyle?: components["schemas"]["InterpretationStyle"];
                guidanceTime?: components["schemas"]["GuidanceTime"];
                timezone?: components["schemas"]["TimeZone"];
                /** @description Notification switches to change. */
                notifications?: {
                    /** @description Daily guidance. */
                    dailyGuidance?: boolean;
                    /** @description Reminders. */
                    consultationReminders?: boolean;
                    /** @description Weekly insights. */
                    weeklyInsights?: boolean;
                };
                /** @description Privacy choices to change. */
                privacy?: {
                    /** @description Allow analytics. */
                    analyticsOptIn?: boolean;
                    /** @description Allow marketing. */
                    marketingOptIn?: boolean;
                };
            };
        };
        /** @description The user's analytics. */
        UserAnalyticsResponse: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description The analytics. */
            data: {
                /** @description Analytics of the range. */
                analytics: {
                    /**
                     * @description The period.
                     * @enum {string}
                     */
                    period: "day" | "week" | "month" | "year";
                    /**
                     * Format: date
                     * @description First day.
                     */
                    startDate: string;
                    /**
                     * Format: date
                     * @description Last day.
                     */
                    endDate: string;
                    /** @description Consultations in the range. */
                    consultations: {
                        /** @description How many. */
                        total: number;
                        /** @description Per category. */
                        byCategory: {
                            /** @description Career. */
                            career?: number;
                            /** @description Relationships. */
                            relationships?: number;
                            /** @description Health. */
                            health?: number;
                            /** @description Spiritual. */
                            spiritual?: number;
                            /** @description General. */
                            general?: number;
                        };
                        /** @description Mean rating; left out when none is rated. */
                        avgRating?: number;
                        /** @description The most cast, most first. */
                        favoriteHexagrams: {
                            /** @description King Wen number. */
                            number: number;
                            /** @description English name. */
                            name: string;
                            /** @description Times cast. */
                            count: number;
                        }[];
                    };
                    /** @description Habits. */
                    patterns: {
                        /**
                         * @description Busiest weekday (UTC); left out without consultations.
                         * @enum {string}
                         */
                        mostActiveDay?: "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday";
                        /** @description Busiest hour (UTC); left out without consultations. */
                        preferredTime?: string;
                        /** @description The current streak (days). */
                        consultationStreak: number;
                        /** @description Most frequent keywords of the hexagrams cast. */
                        themes: string[];
                    };
                    /** @description Reflections. */
                    insights: {
                        /** @description What the figures show. */
                        personalGrowth: string;
                        /** @description Suggestions. */
                        recommendations: string[];
                    };
                };
            };
        };
        /** @description A level action. */
        CulturalProgressionRequest: {
            /**
             * @description `check` reports, `advance` goes to level 2, `revert` to level 1.
             * @enum {string}
             */
            action: "check" | "advance" | "revert";
            currentLevel: components["schemas"]["CulturalDepth"];
            /** @description Why (kept for the record). */
            reason?: string;
        };
        /** @description The level after the action. */
        CulturalProgressionResponse: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description Level and requirements. */
            data: {
                currentLevel: components["schemas"]["CulturalDepth"];
                /** @description Whether `advance` would succeed now. */
                canAdvance: boolean;
                /** @description What advancing from level 1 needs. */
                requirements: {
                    /** @description Consultations still missing (of 10). */
                    consultationsNeeded: number;
                    /** @description Whether the next level asks for the assessment (informational). */
                    culturalKnowledgeAssessment: boolean;
                    /** @description Informational. */
                    timeRequirement: string;
                };
                /** @description What level 2 brings (offered at level 1, held at level 2). */
                benefits: string[];
            };
        };
    };
    responses: {
        /** @description Invalid request data; `details` lists each offending field. */
        BadRequest: {
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
        /** @description Missing, invalid, expired, rotated or revoked token, a token of the wrong kind, or wrong credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The caller is signed in but not an admin. */
        Forbidden: {
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
        /** @description No such resource of the caller. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The operation needs the premium or pro tier. */
        SubscriptionRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Integrations need the premium or pro tier (the free tier's limit is 0). */
        IntegrationNeedsSubscription: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The tier's limit for this endpoint is spent until the window resets. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                "X-RateLimit-Tier": components["headers"]["XRateLimitTier"];
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
        /** @description The AI service is unavailable; the stub only produces it on request (`Prefer: code=503`). */
        AiServiceError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An external service (calendar or payment provider) failed; the stub only produces it on request (`Prefer: code=502`). */
        IntegrationError: {
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
    parameters: {
        /** @description The export's id (`export_` and 32 hex digits). */
        ExportId: string;
        /** @description `day` (24 h), `week` (7 days), `month` (30 days) or `year` (365 days), ending now; default `month`. */
        Period: "day" | "week" | "month" | "year";
    };
    requestBodies: never;
    headers: {
        /** @description Requests allowed in the current window for this user and endpoint group. */
        XRateLimitLimit: number;
        /** @description Requests left in the current window. */
        XRateLimitRemaining: number;
        /** @description When the window resets (Unix time, seconds). */
        XRateLimitReset: number;
        /** @description The caller's tier, whose limit applies. */
        XRateLimitTier: components["schemas"]["Tier"];
        /** @description Seconds until the window resets. */
        RetryAfter: number;
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
            /** @description The new account, signed in. */
            201: {
                headers: {
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
            429: components["responses"]["TooManySessions"];
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
            /** @description The account, signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManySessions"];
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
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description A new access token and the rotated refresh token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefreshResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogoutResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    createConsultation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConsultationRequest"];
            };
        };
        responses: {
            /** @description The stored consultation (JSON), or its event stream when `aiOptions.streamResponse` is true. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-RateLimit-Tier": components["headers"]["XRateLimitTier"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationResponse"];
                    "text/event-stream": components["schemas"]["ConsultationEventStream"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["AiServiceError"];
        };
    };
    createConsultationStream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStreamRequest"];
            };
        };
        responses: {
            /** @description The consultation was stored; its events follow as they are produced. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-RateLimit-Tier": components["headers"]["XRateLimitTier"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ConsultationEventStream"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["AiServiceError"];
        };
    };
    getConsultationCosts: {
        parameters: {
            query?: {
                /** @description `day` (24 h), `week` (7 days), `month` (30 days) or `year` (365 days), ending now; default `month`. */
                period?: components["parameters"]["Period"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cost analytics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    getConsultationHistory: {
        parameters: {
            query?: {
                /** @description Page size (default 20, at most 100). */
                limit?: number;
                /** @description How many matches to skip (default 0). */
                offset?: number;
                /** @description Only this category. */
                category?: components["schemas"]["Category"];
                /** @description Comma-separated tags (`tags=career,timing`; the comma may be sent as is); a consultation must have all of them. */
                tags?: string;
                /** @description Created at or after (ISO 8601 date or date-time). */
                startDate?: components["schemas"]["DateOrDateTime"];
                /** @description Created at or before (ISO 8601 date or date-time; a date includes the whole day). */
                endDate?: components["schemas"]["DateOrDateTime"];
                /** @description `true`: favorites only; `false`: non-favorites only. */
                favorite?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    getConsultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The consultation id (`cons_` or `cons_cached_` plus 32 hex digits). */
                consultationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consultation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateConsultation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The consultation id (`cons_` or `cons_cached_` plus 32 hex digits). */
                consultationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConsultationRequest"];
            };
        };
        responses: {
            /** @description The updated fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateConsultationResponse"];
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
    detectPersonality: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DetectPersonalityRequest"];
            };
        };
        responses: {
            /** @description The recommended personality. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DetectPersonalityResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["AiServiceError"];
        };
    };
    culturalContext: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CulturalContextRequest"];
            };
        };
        responses: {
            /** @description The enhanced text and its validation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CulturalContextResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["AiServiceError"];
        };
    };
    selectModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelSelectionRequest"];
            };
        };
        responses: {
            /** @description The recommended model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelSelectionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["AiServiceError"];
        };
    };
    getAiCostAnalytics: {
        parameters: {
            query?: {
                /** @description `day` (24 h), `week` (7 days), `month` (30 days) or `year` (365 days), ending now; default `month`. */
                period?: components["parameters"]["Period"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cost summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AiCostAnalyticsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    getDailyGuidance: {
        parameters: {
            query?: {
                /** @description The day, `YYYY-MM-DD` (default today in the user's time zone). */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The guidance of that day. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-RateLimit-Tier": components["headers"]["XRateLimitTier"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DailyGuidanceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    generateGuidance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateGuidanceRequest"];
            };
        };
        responses: {
            /** @description The custom guidance. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-RateLimit-Tier": components["headers"]["XRateLimitTier"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomGuidanceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["SubscriptionRequired"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["AiServiceError"];
        };
    };
    getProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-RateLimit-Tier": components["headers"]["XRateLimitTier"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileRequest"];
            };
        };
        responses: {
            /** @description The updated profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getUserAnalytics: {
        parameters: {
            query?: {
                /** @description `day` (24 h), `week` (7 days), `month` (30 days) or `year` (365 days), ending now; default `month`. */
                period?: components["parameters"]["Period"];
                /** @description First day (`YYYY-MM-DD`). */
                startDate?: string;
                /** @description Last day (`YYYY-MM-DD`). */
                endDate?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The analytics. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-RateLimit-Tier": components["headers"]["XRateLimitTier"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAnalyticsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    culturalProgression: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CulturalProgressionRequest"];
            };
        };
        responses: {
            /** @description The level after the action. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CulturalProgressionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    createSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The active subscription. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["IntegrationError"];
        };
    };
    stripeWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256>`.
                 * @example t=1753891200,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "Stripe-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StripeEvent"];
            };
        };
        responses: {
            /** @description The event was received (and applied when it concerns a known subscription). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAck"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    adminListUsers: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 50). */
                limit?: number;
                /** @description Matches to skip (default 0). */
                offset?: number;
                /** @description Only users of this tier. */
                tier?: components["schemas"]["Tier"];
                /** @description Only `active` or only `inactive` users. */
                status?: components["schemas"]["UserStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUsersResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    adminUpdateHexagram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description King Wen number, 1–64. */
                hexagramNumber: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateHexagramRequest"];
            };
        };
        responses: {
            /** @description The hexagram's content after the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminHexagramResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    adminPlatformAnalytics: {
        parameters: {
            query?: {
                /** @description `day` (24 h), `week` (7 days), `month` (30 days) or `year` (365 days), ending now; default `month`. */
                period?: components["parameters"]["Period"];
                /** @description Sections to answer, comma-separated: `users`, `consultations`, `revenue` (default all). */
                metrics?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The platform's figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformAnalyticsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
                "application/json": components["schemas"]["CreateExportRequest"];
            };
        };
        responses: {
            /** @description The export has started. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateExportResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The export's id (`export_` and 32 hex digits). */
                exportId: components["parameters"]["ExportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportStatusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    downloadExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The export's id (`export_` and 32 hex digits). */
                exportId: components["parameters"]["ExportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    /** @description `attachment; filename="sage-export-<id>.json"`. */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportFile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ExportNotReady"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    culturalAssess: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CulturalAssessRequest"];
            };
        };
        responses: {
            /** @description The scored assessment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CulturalAssessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    culturalContent: {
        parameters: {
            query?: {
                /** @description Cultural depth, 1 or 2 (default the user's). */
                level?: 1 | 2;
                /** @description Only this topic. */
                topic?: components["schemas"]["CulturalTopic"];
                /** @description `summary` or `detailed` (default). */
                format?: "summary" | "detailed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The content. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CulturalContentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    recordPerformance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PerformanceMetricRequest"];
            };
        };
        responses: {
            /** @description The metric was recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformanceMetricResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    recordUxEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UxEventRequest"];
            };
        };
        responses: {
            /** @description The event was recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UxEventResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    performanceSummary: {
        parameters: {
            query?: {
                /** @description `day` (24 h), `week` (7 days), `month` (30 days) or `year` (365 days), ending now; default `month`. */
                period?: components["parameters"]["Period"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformanceSummaryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    connectCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectCalendarRequest"];
            };
        };
        responses: {
            /** @description The integration. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-RateLimit-Tier": components["headers"]["XRateLimitTier"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarIntegrationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["IntegrationNeedsSubscription"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["IntegrationError"];
        };
    };
    syncCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sync. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-RateLimit-Tier": components["headers"]["XRateLimitTier"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarSyncResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["IntegrationNeedsSubscription"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["IntegrationError"];
        };
    };
    calendarInsights: {
        parameters: {
            query?: {
                /** @description Days ahead, 1–30 (default 7). */
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The insights. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarInsightsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["IntegrationError"];
        };
    };
}
