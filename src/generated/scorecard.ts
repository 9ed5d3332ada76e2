// Generated from openapi/scorecard.yaml by `npm run types`. Do not edit; CI fails when it drifts.
export interface paths {
    "/api/assessment/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an assessment
         * @description Creates a new session and its assessment (step 0, nothing answered) and sets the
         *     `assessment-session` cookie (`Max-Age=86400; Path=/; HttpOnly; SameSite=Lax`,
         *     `Secure` over HTTPS). Every call starts afresh: a cookie the caller already has is
         *     ignored (its assessment stays readable through that session). `expiresAt` is 24 hours
         *     from now; `resumeUrl` is the 1-based page of the current step (`/assessment/step/1`).
         *     `email` is kept for the HubSpot sync and the briefing rule; `company` is kept as
         *     `contactInfo.company`. The body is optional. Ids never repeat within a server's run,
         *     resets included (see **Ids** in the document's description).
         *
         *     Errors: `400` a field of the wrong type or an unknown field; `429` more than 10 starts
         *     per hour from one IP; `500` only on request.
         */
        post: operations["startAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/save-progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Save the answers of a step
         * @description Merges `responses` into the assessment's saved answers (a later answer to the same
         *     question replaces the earlier one), keeps `email` and adds `timeSpent` to the step's
         *     time. Steps are 0–3; a step after the current one cannot be saved yet (the client
         *     goes forward one step at a time, and may go back).
         *
         *     `canProceed` is true when every question of the saved step is answered (after the
         *     merge); otherwise `validationErrors` names each unanswered question of that step
         *     (`"customer_safe_3: not answered"`) and the answer is still `200`: unanswered questions
         *     are not an error until submit. `currentStep` is the first step with an unanswered
         *     question (3 once all are answered), `nextStep` the same, or `null` once every step is
         *     complete. `progress.completed` counts complete steps, `percentage` is
         *     `completed / 4 · 100`. Saving extends the session by 24 hours and sets the cookie again.
         *
         *     Errors: `400 VALIDATION_ERROR` a body that does not match (step outside 0–3, an answer
         *     that is not a string, unknown fields); `401 SESSION_EXPIRED`; `404
         *     ASSESSMENT_NOT_FOUND` the session's assessment is gone; `422 VALIDATION_ERROR` a
         *     question id that does not exist or belongs to another step (`details.validQuestions`),
         *     a choice other than `A`–`E` (`details.validChoices`), a step after the current one,
         *     or an assessment already submitted; `429` more than 100 saves per hour in one session.
         */
        post: operations["saveProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit and score the assessment
         * @description Applies `finalResponses` (validated as in save-progress, for any step), then scores
         *     the assessment as `info.description` states: category scores from the points of the
         *     chosen answers, the weighted total, the band, recommendations for the two weakest
         *     categories and `qualifiedForBriefing`. HubSpot and email are simulated (see
         *     `info.description`); a failed sync is `hubspotSyncStatus: failed` plus a
         *     `HUBSPOT_SYNC_FAILED` entry in `warnings`, still `200`. `contactInfo` and `feedback`
         *     are kept. Submitting extends the session by 24 hours.
         *
         *     A second submit of the same assessment answers the stored result unchanged (its body
         *     is not applied and nothing is synced again).
         *
         *     Errors: `400 ASSESSMENT_INCOMPLETE` a question is still unanswered
         *     (`details.missingQuestions`), `400 VALIDATION_ERROR` a body that does not match
         *     (`completionTime` is required); `401 SESSION_EXPIRED`; `404 ASSESSMENT_NOT_FOUND` the
         *     session's assessment is gone; `422 VALIDATION_ERROR` an invalid question or choice in
         *     `finalResponses`; `429` more than 5 submits per hour from one IP.
         */
        post: operations["submitAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/results/{assessmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Detailed results of a completed assessment
         * @description The submitted assessment in full: per category its score, weight and every question
         *     with the chosen answer, its full text, points and `maxPoints` (25); the band; the
         *     recommendations with `estimatedImpact` and `timeToImplement`; benchmarks (fixed
         *     reference figures: an industry average of 58 over 1240 similar companies, and the
         *     total's percentile in that reference distribution); and next steps: the briefing
         *     call to action when `qualifiedForBriefing`, and resources for the two weakest
         *     categories. Reading results does not extend the session.
         *
         *     Errors: `400 VALIDATION_ERROR` an id that is not a decodable path segment (e.g. a lone `%`); `401 SESSION_EXPIRED`; `404 ASSESSMENT_NOT_FOUND` no such assessment, or it
         *     is not submitted yet (whoever owns it); `403 ACCESS_DENIED` a submitted assessment of
         *     another session; `429` more than 50 reads per hour from one IP.
         */
        get: operations["getResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The session's assessment, to resume it
         * @description With a valid session: `hasActiveAssessment` is true while its assessment is not
         *     submitted, and `assessment` then holds exactly the answers saved so far, the email
         *     and `contactInfo` (the company given at start) when known, the current step and
         *     progress as save-progress reports them, `startedAt`, `timeElapsed` (seconds since
         *     start) and `timeRemaining` (seconds until the session expires). Once submitted,
         *     `hasActiveAssessment` is false and `assessment` is absent. Reading does not extend
         *     the session.
         *
         *     Errors: `401 SESSION_EXPIRED` no, unknown or expired session; `429` more than 20
         *     reads per hour from one IP.
         */
        get: operations["resumeAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status and performance of this API
         * @description Real figures of this API instance. `uptime`: whole seconds since the instance
         *     started (a reset does not restart it). `performance` covers this API's answers of
         *     the last 60 seconds, health checks excluded: `requestsPerMinute` their number,
         *     `avgResponseTime` their mean duration in ms (0 when there were none),
         *     `errorRate` the percentage of them with a 5xx status (forced ones included). The
         *     counts start over on `POST /__stubs/reset`.
         *
         *     `services`: `database` (the in-memory store) is always `up`; `hubspot` is `down`
         *     while a simulated failure is armed, else `up`; `email` is `up`; `redis` is absent
         *     (rate limits are counted in memory).
         *
         *     `status`: `unhealthy` when at least 5 answers in the window and an error rate of
         *     50 % or more, answered with `503` (same body); `degraded` when at least 5 answers
         *     and an error rate of 10 % or more, or HubSpot is `down`; else `healthy`.
         *
         *     Errors: `429` more than 100 checks per minute from one IP.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/test/sample-assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The questionnaire and a sample assessment (development only)
         * @description For UI work: the four categories with their step, weight and questions (every choice
         *     with its full text and points), a sample set of answers, and that sample's score as
         *     submit would compute it (the prose's example: 75/70/60/55, total 67, `builder`).
         *     Nothing is stored.
         *
         *     Errors: `404 NOT_FOUND` when test endpoints are off (`--no-test-endpoints`).
         */
        get: operations["getSampleAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/test/simulate-hubspot-failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make the next HubSpot sync fail (development only)
         * @description Arms a failure for the next HubSpot sync of this API instance (any session): that
         *     submit answers `hubspotSyncStatus: failed` with a `HUBSPOT_SYNC_FAILED` warning, and
         *     the failure is used up. Until then the health check reports `hubspot: down` and
         *     `degraded`. Calling it again while armed changes nothing; a reset disarms it. Takes
         *     no body.
         *
         *     Errors: `404 NOT_FOUND` when test endpoints are off (`--no-test-endpoints`).
         */
        post: operations["simulateHubspotFailure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/test/clear-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Forget the current session (development only)
         * @description Deletes the session named by the `assessment-session` cookie (its assessment stays
         *     stored but can no longer be reached through it) and expires the cookie
         *     (`Max-Age=0`), so the next `start` is a fresh flow. `cleared` says whether there was a
         *     session to delete. A GET with a side effect, as the prose has it.
         *
         *     Errors: `404 NOT_FOUND` when test endpoints are off (`--no-test-endpoints`).
         */
        get: operations["clearSession"];
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
        /** @description The error envelope of every error answer. */
        Error: {
            error: {
                code: components["schemas"]["ErrorCode"];
                /** @description Human-readable; names the offending field where there is one. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
                /** Format: date-time */
                timestamp: string;
                /** @description For support and debugging (`req_…`). */
                requestId: string;
                /** @description Seconds before retrying; rate limits only. */
                retryAfter?: number;
            };
        };
        /**
         * @description Machine-readable error code (see the table in `info.description`).
         * @enum {string}
         */
        ErrorCode: "VALIDATION_ERROR" | "ASSESSMENT_INCOMPLETE" | "SESSION_EXPIRED" | "ACCESS_DENIED" | "ASSESSMENT_NOT_FOUND" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "RATE_LIMIT_EXCEEDED" | "DATABASE_ERROR" | "SERVICE_UNAVAILABLE";
        /** @description Additional context; which fields appear depends on the code. */
        ErrorDetails: {
            /** @description The offending field: `step`, `responses.value_assurance_1`, `header.content-type`. */
            field?: string;
            reason?: string;
            validChoices?: components["schemas"]["Choice"][];
            validQuestions?: string[];
            missingQuestions?: string[];
        };
        /**
         * @description An answer choice.
         * @enum {string}
         */
        Choice: "A" | "B" | "C" | "D" | "E";
        /** @description Question id → answer choice (`A`–`E`); checked against the questionnaire (422 otherwise). */
        Responses: {
            [key: string]: string;
        };
        ContactInfo: {
            firstName?: string;
            lastName?: string;
            company?: string;
            phone?: string;
        };
        StartAssessmentRequest: {
            /**
             * Format: email
             * @description Optional email for follow-up.
             */
            email?: string;
            company?: string;
            /** @description Where the user came from. */
            referrer?: string;
            browserInfo?: {
                userAgent: string;
                viewport: {
                    width: number;
                    height: number;
                };
            };
        };
        StartAssessmentResponse: {
            sessionId: string;
            assessmentId: string;
            /** @constant */
            currentStep: 0;
            /** @constant */
            totalSteps: 4;
            /** Format: date-time */
            expiresAt: string;
            resumeUrl: string;
        };
        SaveProgressRequest: {
            /** @description The step these answers belong to (0-based). */
            step: number;
            responses: components["schemas"]["Responses"];
            /** Format: email */
            email?: string;
            /** @description Seconds spent on this step. */
            timeSpent?: number;
        };
        Progress: {
            completed: number;
            /** @constant */
            total: 4;
            percentage: number;
        };
        SaveProgressResponse: {
            /** @constant */
            saved: true;
            currentStep: number;
            nextStep: number | null;
            canProceed: boolean;
            progress: components["schemas"]["Progress"];
            validationErrors?: string[];
        };
        SubmitAssessmentRequest: {
            finalResponses?: components["schemas"]["Responses"];
            /** @description Total time in seconds. */
            completionTime: number;
            contactInfo?: components["schemas"]["ContactInfo"];
            feedback?: string;
        };
        ScoreBreakdown: {
            valueAssurance: components["schemas"]["Score"];
            customerSafe: components["schemas"]["Score"];
            riskCompliance: components["schemas"]["Score"];
            governance: components["schemas"]["Score"];
        };
        Score: number;
        /**
         * @description The band: champion 85–100, builder 65–84, risk_zone 45–64, alert 25–44, crisis 0–24.
         * @enum {string}
         */
        ScoreCategory: "champion" | "builder" | "risk_zone" | "alert" | "crisis";
        /** @enum {string} */
        CategoryKey: "valueAssurance" | "customerSafe" | "riskCompliance" | "governance";
        /** @enum {string} */
        Priority: "high" | "medium" | "low";
        Recommendation: {
            category: components["schemas"]["CategoryKey"];
            priority: components["schemas"]["Priority"];
            title: string;
            description: string;
            actionItems: string[];
        };
        DetailedRecommendation: {
            category: components["schemas"]["CategoryKey"];
            priority: components["schemas"]["Priority"];
            title: string;
            description: string;
            actionItems: string[];
            /** @description Expected improvement. */
            estimatedImpact: string;
            /** @description Implementation timeline. */
            timeToImplement: string;
        };
        /** @description A non-critical failure; the request itself succeeded. */
        Warning: {
            /** @enum {string} */
            code: "HUBSPOT_SYNC_FAILED" | "EMAIL_DELIVERY_FAILED";
            message: string;
        };
        /** @enum {string} */
        HubspotSyncStatus: "synced" | "pending" | "failed" | "skipped";
        /** @enum {string} */
        EmailDeliveryStatus: "sent" | "pending" | "failed" | "skipped";
        SubmitAssessmentResponse: {
            assessmentId: string;
            /** @constant */
            completed: true;
            totalScore: components["schemas"]["Score"];
            scoreBreakdown: components["schemas"]["ScoreBreakdown"];
            scoreCategory: components["schemas"]["ScoreCategory"];
            categoryDescription: string;
            recommendations: components["schemas"]["Recommendation"][];
            resultsUrl: string;
            hubspotSyncStatus: components["schemas"]["HubspotSyncStatus"];
            emailDeliveryStatus: components["schemas"]["EmailDeliveryStatus"];
            qualifiedForBriefing: boolean;
            warnings?: components["schemas"]["Warning"][];
        };
        QuestionResult: {
            id: string;
            question: string;
            answer: components["schemas"]["Choice"];
            answerText: string;
            points: number;
            /** @constant */
            maxPoints: 25;
        };
        CategoryResult: {
            score: components["schemas"]["Score"];
            /** @description The category's weight in the total (0.25, 0.35, 0.25, 0.15). */
            weight: number;
            questions: components["schemas"]["QuestionResult"][];
        };
        Resource: {
            title: string;
            description: string;
            url: string;
            /** @enum {string} */
            type: "guide" | "template" | "checklist";
        };
        AssessmentResultsResponse: {
            assessmentId: string;
            /** Format: date-time */
            completedAt: string;
            totalScore: components["schemas"]["Score"];
            scoreBreakdown: {
                valueAssurance: components["schemas"]["CategoryResult"];
                customerSafe: components["schemas"]["CategoryResult"];
                riskCompliance: components["schemas"]["CategoryResult"];
                governance: components["schemas"]["CategoryResult"];
            };
            scoreCategory: components["schemas"]["ScoreCategory"];
            categoryDescription: string;
            recommendations: components["schemas"]["DetailedRecommendation"][];
            benchmarks: {
                industryAverage?: number;
                percentile?: number;
                similarCompanies?: number;
            };
            nextSteps: {
                briefingCta?: {
                    title: string;
                    description: string;
                    buttonText: string;
                    url: string;
                };
                resources: components["schemas"]["Resource"][];
            };
            warnings?: components["schemas"]["Warning"][];
        };
        ResumeAssessmentResponse: {
            hasActiveAssessment: boolean;
            assessment?: {
                assessmentId: string;
                currentStep: number;
                /** @constant */
                totalSteps: 4;
                responses: {
                    [key: string]: components["schemas"]["Choice"];
                };
                email?: string;
                contactInfo?: components["schemas"]["ContactInfo"];
                progress: {
                    completed: number;
                    percentage: number;
                };
                /** Format: date-time */
                startedAt: string;
                timeElapsed: number;
                timeRemaining: number;
                resumeUrl: string;
            };
        };
        HealthResponse: {
            /** @enum {string} */
            status: "healthy" | "degraded" | "unhealthy";
            /** Format: date-time */
            timestamp: string;
            version: string;
            /** @description Seconds since this API instance started. */
            uptime: number;
            services: {
                /** @enum {string} */
                database: "up" | "down" | "slow";
                /** @enum {string} */
                hubspot: "up" | "down" | "rate_limited";
                /** @enum {string} */
                email: "up" | "down" | "degraded";
                /** @enum {string} */
                redis?: "up" | "down";
            };
            performance: {
                /** @description Mean duration of the last minute's answers, in ms. */
                avgResponseTime: number;
                requestsPerMinute: number;
                /** @description Percentage of the last minute's answers with a 5xx status. */
                errorRate: number;
            };
        };
        QuestionnaireCategory: {
            key: components["schemas"]["CategoryKey"];
            name: string;
            step: number;
            weight: number;
            questions: {
                id: string;
                question: string;
                choices: {
                    choice: components["schemas"]["Choice"];
                    text: string;
                    points: number;
                }[];
            }[];
        };
        SampleAssessmentResponse: {
            categories: components["schemas"]["QuestionnaireCategory"][];
            sampleResponses: {
                [key: string]: components["schemas"]["Choice"];
            };
            sampleScore: {
                totalScore: components["schemas"]["Score"];
                scoreBreakdown: components["schemas"]["ScoreBreakdown"];
                scoreCategory: components["schemas"]["ScoreCategory"];
                categoryDescription: string;
            };
        };
        SimulateHubspotFailureResponse: {
            /** @constant */
            simulated: true;
            message: string;
        };
        ClearSessionResponse: {
            cleared: boolean;
        };
    };
    responses: {
        /** @description The request does not match this document; `details.field` names the field. */
        BadRequest: {
            headers: {
                "X-Frame-Options": components["headers"]["XFrameOptions"];
                "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                "X-XSS-Protection": components["headers"]["XXssProtection"];
                "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `ASSESSMENT_INCOMPLETE` when a question is unanswered (`details.missingQuestions`), or `VALIDATION_ERROR` when the body does not match this document. */
        SubmitBadRequest: {
            headers: {
                "X-Frame-Options": components["headers"]["XFrameOptions"];
                "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                "X-XSS-Protection": components["headers"]["XXssProtection"];
                "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Well-formed answers that are not valid; `details` names the field and the valid values. */
        Unprocessable: {
            headers: {
                "X-Frame-Options": components["headers"]["XFrameOptions"];
                "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                "X-XSS-Protection": components["headers"]["XXssProtection"];
                "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No `assessment-session` cookie, an unknown one, or an expired session. */
        SessionExpired: {
            headers: {
                "X-Frame-Options": components["headers"]["XFrameOptions"];
                "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                "X-XSS-Protection": components["headers"]["XXssProtection"];
                "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The assessment belongs to another session. */
        AccessDenied: {
            headers: {
                "X-Frame-Options": components["headers"]["XFrameOptions"];
                "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                "X-XSS-Protection": components["headers"]["XXssProtection"];
                "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such assessment, or (for results) it is not submitted yet. */
        AssessmentNotFound: {
            headers: {
                "X-Frame-Options": components["headers"]["XFrameOptions"];
                "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                "X-XSS-Protection": components["headers"]["XXssProtection"];
                "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Test endpoints are off (`--no-test-endpoints`). */
        TestEndpointsOff: {
            headers: {
                "X-Frame-Options": components["headers"]["XFrameOptions"];
                "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                "X-XSS-Protection": components["headers"]["XXssProtection"];
                "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request body is larger than 1 MiB. */
        PayloadTooLarge: {
            headers: {
                "X-Frame-Options": components["headers"]["XFrameOptions"];
                "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                "X-XSS-Protection": components["headers"]["XXssProtection"];
                "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                "X-Frame-Options": components["headers"]["XFrameOptions"];
                "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                "X-XSS-Protection": components["headers"]["XXssProtection"];
                "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A rate limit is spent; `retryAfter` says for how many seconds. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                "X-RateLimit-RetryAfter": components["headers"]["XRateLimitRetryAfter"];
                "X-Frame-Options": components["headers"]["XFrameOptions"];
                "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                "X-XSS-Protection": components["headers"]["XXssProtection"];
                "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An unexpected failure of the stub; otherwise only on request (`Prefer: code=500`). */
        InternalError: {
            headers: {
                "X-Frame-Options": components["headers"]["XFrameOptions"];
                "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                "X-XSS-Protection": components["headers"]["XXssProtection"];
                "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Security header, always `DENY`. */
        XFrameOptions: "DENY";
        /** @description Security header, always `nosniff`. */
        XContentTypeOptions: "nosniff";
        /** @description Security header, always `strict-origin-when-cross-origin`. */
        ReferrerPolicy: "strict-origin-when-cross-origin";
        /** @description Security header, always `1; mode=block`. */
        XXssProtection: "1; mode=block";
        /** @description Security header, always `default-src 'self'`. */
        ContentSecurityPolicy: "default-src 'self'";
        /** @description Requests allowed in the window of the rule that governs this operation. */
        XRateLimitLimit: number;
        /** @description Requests left in the current window. */
        XRateLimitRemaining: number;
        /** @description When the window resets, in unix seconds. */
        XRateLimitReset: number;
        /** @description Seconds until the window resets. */
        XRateLimitRetryAfter: number;
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    startAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["StartAssessmentRequest"];
            };
        };
        responses: {
            /** @description The new session and assessment. */
            200: {
                headers: {
                    /** @description `assessment-session=<sessionId>; Max-Age=86400; Path=/; HttpOnly; SameSite=Lax` (plus `Secure` over HTTPS). */
                    "Set-Cookie"?: string;
                    "X-Frame-Options": components["headers"]["XFrameOptions"];
                    "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                    "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                    "X-XSS-Protection": components["headers"]["XXssProtection"];
                    "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-RateLimit-RetryAfter": components["headers"]["XRateLimitRetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartAssessmentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    saveProgress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveProgressRequest"];
            };
        };
        responses: {
            /** @description Saved; where the assessment stands now. */
            200: {
                headers: {
                    /** @description The session cookie again, with a fresh 24-hour `Max-Age`. */
                    "Set-Cookie"?: string;
                    "X-Frame-Options": components["headers"]["XFrameOptions"];
                    "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                    "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                    "X-XSS-Protection": components["headers"]["XXssProtection"];
                    "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-RateLimit-RetryAfter": components["headers"]["XRateLimitRetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveProgressResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["SessionExpired"];
            404: components["responses"]["AssessmentNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    submitAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitAssessmentRequest"];
            };
        };
        responses: {
            /** @description The scored assessment. */
            200: {
                headers: {
                    /** @description The session cookie again, with a fresh 24-hour `Max-Age`. */
                    "Set-Cookie"?: string;
                    "X-Frame-Options": components["headers"]["XFrameOptions"];
                    "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                    "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                    "X-XSS-Protection": components["headers"]["XXssProtection"];
                    "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-RateLimit-RetryAfter": components["headers"]["XRateLimitRetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmitAssessmentResponse"];
                };
            };
            400: components["responses"]["SubmitBadRequest"];
            401: components["responses"]["SessionExpired"];
            404: components["responses"]["AssessmentNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The assessment id (`assess_…`, as returned by start and submit).
                 * @example assess_789xyz012
                 */
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The results. */
            200: {
                headers: {
                    "X-Frame-Options": components["headers"]["XFrameOptions"];
                    "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                    "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                    "X-XSS-Protection": components["headers"]["XXssProtection"];
                    "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-RateLimit-RetryAfter": components["headers"]["XRateLimitRetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResultsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["SessionExpired"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["AssessmentNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    resumeAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session's state (even when it has no active assessment). */
            200: {
                headers: {
                    "X-Frame-Options": components["headers"]["XFrameOptions"];
                    "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                    "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                    "X-XSS-Protection": components["headers"]["XXssProtection"];
                    "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-RateLimit-RetryAfter": components["headers"]["XRateLimitRetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResumeAssessmentResponse"];
                };
            };
            401: components["responses"]["SessionExpired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy or degraded. */
            200: {
                headers: {
                    "X-Frame-Options": components["headers"]["XFrameOptions"];
                    "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                    "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                    "X-XSS-Protection": components["headers"]["XXssProtection"];
                    "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-RateLimit-RetryAfter": components["headers"]["XRateLimitRetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unhealthy: the stub answers the health body with `status` `unhealthy`. The error envelope (`SERVICE_UNAVAILABLE`, as the prose's error table has it) is also allowed, for a server too unwell to report figures; the stub sends it only when forced (`Prefer: code=503, dynamic=true`). */
            503: {
                headers: {
                    "X-Frame-Options": components["headers"]["XFrameOptions"];
                    "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                    "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                    "X-XSS-Protection": components["headers"]["XXssProtection"];
                    "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"] | components["schemas"]["Error"];
                };
            };
        };
    };
    getSampleAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The questionnaire and the sample. */
            200: {
                headers: {
                    "X-Frame-Options": components["headers"]["XFrameOptions"];
                    "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                    "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                    "X-XSS-Protection": components["headers"]["XXssProtection"];
                    "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SampleAssessmentResponse"];
                };
            };
            404: components["responses"]["TestEndpointsOff"];
        };
    };
    simulateHubspotFailure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Armed. */
            200: {
                headers: {
                    "X-Frame-Options": components["headers"]["XFrameOptions"];
                    "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                    "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                    "X-XSS-Protection": components["headers"]["XXssProtection"];
                    "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimulateHubspotFailureResponse"];
                };
            };
            404: components["responses"]["TestEndpointsOff"];
        };
    };
    clearSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: {
                /** @description The session to forget, if any. */
                "assessment-session"?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description The session is gone. */
            200: {
                headers: {
                    /** @description `assessment-session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax` */
                    "Set-Cookie"?: string;
                    "X-Frame-Options": components["headers"]["XFrameOptions"];
                    "X-Content-Type-Options": components["headers"]["XContentTypeOptions"];
                    "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                    "X-XSS-Protection": components["headers"]["XXssProtection"];
                    "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClearSessionResponse"];
                };
            };
            404: components["responses"]["TestEndpointsOff"];
        };
    };
}
