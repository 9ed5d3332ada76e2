// Generated from openapi/ally.yaml by `npm run types`. Do not edit; CI fails when it drifts.
export interface paths {
    "/api/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the session's chats
         * @description Returns every chat of the session, newest first (by `createdAt`, then most recently
         *     created first for chats created in the same second). Messages are not included.
         *
         *     Errors: `401` no `nuxt-session` cookie, or one naming a session the stub does not
         *     have; `500` only on request (`Prefer: code=500`).
         */
        get: operations["listChats"];
        put?: never;
        /**
         * Create a chat
         * @description Creates a chat whose title is the prompt (trimmed, cut to 100 characters) and whose
         *     first message is the prompt as a `user` message.
         *
         *     Without a `nuxt-session` cookie, or with one naming a session the stub does not have,
         *     a new session is started and its cookie is set (`Set-Cookie: nuxt-session=...;
         *     Path=/; HttpOnly; SameSite=Lax`, plus `Secure` over HTTPS); with a valid one the chat is
         *     added to that session and no cookie is set.
         *
         *     Errors: `400` missing or empty `prompt` (it must contain a non-space character, at most
         *     4000 characters); `401` is listed by the prose but never produced, since a missing
         *     session is started here (only on request, `Prefer: code=401`); `500` only on request
         *     (`Prefer: code=500`).
         *
         *     **Session creation limit.** At most 100 sessions a minute may be created from one client
         *     address (fixed one-minute windows), so that one client cannot evict every other user's
         *     session from the stub's capped store: the 101st gets `429` with `Retry-After` (seconds);
         *     answers under the limit carry no rate-limit header. A call without a session the stub has
         *     creates one; a call within an existing session does not count. `POST /__stubs/reset`
         *     clears the count and `--no-rate-limits` turns it off. Through MSW every request comes from
         *     one address.
         */
        post: operations["createChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chats/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat id (a UUID, as returned by `POST /api/chats`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        /**
         * Get a chat with its messages
         * @description Returns the chat and all its messages, oldest first.
         *
         *     Errors: `400` an id longer than 100 characters (the `ChatId` parameter's limit); `401`
         *     no valid session, or the chat belongs to another session; `404` no chat has this id;
         *     `500` only on request (`Prefer: code=500`).
         */
        get: operations["getChat"];
        /**
         * Rename a chat
         * @description Updates the chat's metadata: its title becomes `content` (trimmed). `role` is accepted
         *     because the prose's client sends a message-shaped body, but it has no effect.
         *
         *     Errors: `400` missing or empty `content` (it must contain a non-space character, at
         *     most 100 characters) or an unknown `role`; `401` no valid session, or the chat belongs
         *     to another session; `404` no chat has this id; `500` only on request
         *     (`Prefer: code=500`).
         */
        put: operations["updateChat"];
        /**
         * Stream the assistant's reply
         * @description Streams the assistant's reply to `messages` as Server-Sent Events
         *     (`Content-Type: text/event-stream`). Each event has an `event:` line naming its type and
         *     one `data:` line holding a JSON object:
         *
         *     | event | data | meaning |
         *     | --- | --- | --- |
         *     | `reasoning-start` | `{"id"}` (`SseReasoningStart`) | thinking started |
         *     | `reasoning-delta` | `{"id","delta"}` (`SseReasoningDelta`) | a chunk of thinking |
         *     | `reasoning-end` | `{"id"}` (`SseReasoningEnd`) | thinking complete |
         *     | `text-start` | `{"id"}` (`SseTextStart`) | the answer started |
         *     | `text-delta` | `{"id","delta"}` (`SseTextDelta`) | a chunk of the answer |
         *     | `text-end` | `{"id"}` (`SseTextEnd`) | the answer is complete |
         *
         *     The schemas of the `data` objects are in `components/schemas` and listed per event in
         *     `x-sse-events`. Order: when `model` names a reasoning model (its id contains `reason`
         *     or `think`, e.g. `gpt-oss-120b-reasoning`), one `reasoning-start`, its deltas and
         *     `reasoning-end` come first; then one `text-start`, its `text-delta`s and `text-end`.
         *     All `text-*` events share one id (`msg-` plus 16 lowercase letters and digits: the id
         *     to save the reply under), all `reasoning-*` events another (`rs-` plus 16). The deltas
         *     of the text, concatenated, are a markdown answer about the chat's topic. The topic is the
         *     most specific one named: phishing, passwords, multi-factor authentication, ransomware or
         *     social engineering, whichever has the most of its words in the last `user` message
         *     (counted twice) and the chat's title (counted once); general security awareness only when
         *     none is named. So a chat `Create Phishing Awareness Training` asked
         *     `Create Phishing Awareness` (or `Hello`) streams `# Phishing Awareness` and
         *     `Phishing is a type of cyber attack…`, not a general awareness answer. The stream then ends. Events are paced by
         *     the server's `--stream-delay` (30 ms by default under `contract-stubs start`, 0 in
         *     tests and through MSW unless configured); a client that disconnects ends the stream.
         *
         *     Nothing is stored: the client saves the finished reply with
         *     `POST /api/chats/{id}/messages`. `conversationId`, when sent, must equal the path's id.
         *     `model` defaults to `gpt-oss-120b` (not a reasoning model).
         *
         *     Errors: `400` missing or empty `messages`, a message without `role` or `content`, an
         *     unknown `role`, or a `conversationId` other than the path's id; `401` no valid session,
         *     or the chat belongs to another session; `404` no chat has this id; `500` only on request
         *     (`Prefer: code=500`).
         */
        post: operations["streamChat"];
        /**
         * Delete a chat
         * @description Deletes the chat and all its messages (cascade) and returns the deleted chat without
         *     its messages. Afterwards the id gets `404`.
         *
         *     Errors: `400` an id longer than 100 characters (the `ChatId` parameter's limit); `401`
         *     no valid session, or the chat belongs to another session; `404` no chat has this id;
         *     `500` only on request (`Prefer: code=500`).
         */
        delete: operations["deleteChat"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chats/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat id (a UUID, as returned by `POST /api/chats`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Save a message
         * @description Appends a message to the chat, typically the assistant's reply once its stream completed
         *     (under the id of its `text-*` events), or the user's next question.
         *
         *     `id` is optional: without it the stub generates `msg-` plus 16 lowercase letters and
         *     digits. Saving again under an id the chat already has replaces that message's `role`
         *     and `content` (keeping its place and `createdAt`), so a retried save does not
         *     duplicate it. Past the session's storage limits (see the API description: 1,000
         *     messages a chat, 4 MiB a session) the session's oldest chats, then this chat's oldest
         *     messages, give way.
         *
         *     Errors: `400` missing or empty `content`, missing or unknown `role`, or a malformed
         *     `id`; `401` no valid session, or the chat belongs to another session; `404` no chat has
         *     this id; `500` only on request (`Prefer: code=500`).
         */
        post: operations["saveMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Initialise cookies
         * @description Sets the `app-init` cookie (a Safari ITP workaround: a first-party cookie set before the
         *     session cookie is needed). Public. The cookie is `app-init=1; Path=/; SameSite=Lax`
         *     over HTTP and `app-init=1; Path=/; SameSite=None; Secure` over HTTPS, so that an
         *     iframe on another site can send it. It does not start a session.
         *
         *     Errors: `500` only on request (`Prefer: code=500`).
         */
        get: operations["ping"];
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
         * Health check
         * @description Public (the prose exempts only `/ping` from the session, but a health check is called by
         *     infrastructure that has no session cookie).
         *
         *     Errors: `500` only on request (`Prefer: code=500`).
         */
        get: operations["health"];
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
        /** @description Error envelope used by every error response. */
        Error: {
            /** @description The HTTP status code of the response. */
            statusCode: number;
            /** @description Human-readable description naming the offending field, e.g. `body.prompt: is required`. */
            statusMessage: string;
        };
        /**
         * @description Who wrote a message.
         * @enum {string}
         */
        Role: "user" | "assistant" | "system";
        /** @description A chat, without its messages. */
        Chat: {
            /** @description The chat id (a UUID). */
            id: string;
            /** @description The chat's title (the first prompt, until renamed). */
            title: string;
            /** @description The session's user id (`user-` plus 12 lowercase letters and digits). */
            userId: string;
            /** @description When the chat was created (Unix time, seconds). */
            createdAt: number;
        };
        /** @description A message of a chat. */
        Message: {
            /** @description The message id (`msg-` plus 16 lowercase letters and digits when the stub chose it). */
            id: string;
            /** @description The chat the message belongs to. */
            chatId: string;
            role: components["schemas"]["Role"];
            /** @description The message text (markdown for assistant replies). */
            content: string;
            /** @description When the message was saved (Unix time, seconds). */
            createdAt: number;
        };
        /** @description A chat and all its messages, oldest first. */
        ChatWithMessages: {
            /** @description The chat id (a UUID). */
            id: string;
            /** @description The chat's title. */
            title: string;
            /** @description The session's user id. */
            userId: string;
            /** @description When the chat was created (Unix time, seconds). */
            createdAt: number;
            /** @description The chat's messages, oldest first. */
            messages: components["schemas"]["Message"][];
        };
        /** @description The first prompt of a new chat. */
        CreateChatRequest: {
            /** @description The user's first message; also the chat's title. Must contain a non-space character. */
            prompt: string;
        };
        /** @description One message of the conversation sent to the model. */
        StreamMessage: {
            role: components["schemas"]["Role"];
            /** @description The message text. */
            content: string;
        };
        /** @description The conversation to answer and the model to answer it with. */
        StreamRequest: {
            /** @description The model id; defaults to `gpt-oss-120b`. An id containing `reason` or `think` asks for a reasoning model (reasoning events first). */
            model?: string;
            /** @description The conversation so far, oldest first; the reply answers the last `user` message. */
            messages: components["schemas"]["StreamMessage"][];
            /** @description The chat id; when sent it must equal the path's id. */
            conversationId?: string;
        };
        /** @description A message-shaped body whose `content` becomes the chat's title. */
        UpdateChatRequest: {
            /** @description The new title; must contain a non-space character. */
            content: string;
            role?: components["schemas"]["Role"];
        };
        /** @description A message to append to the chat. */
        SaveMessageRequest: {
            /** @description The message id, e.g. the id of the streamed reply's `text-*` events; generated when omitted. */
            id?: string;
            role: components["schemas"]["Role"];
            /** @description The message text. */
            content: string;
        };
        /** @description `data` of a `text-start` event: the answer started. */
        SseTextStart: {
            /** @description The id shared by every `text-*` event of this reply. */
            id: string;
        };
        /** @description `data` of a `text-delta` event: the next chunk of the answer. */
        SseTextDelta: {
            /** @description The id shared by every `text-*` event of this reply. */
            id: string;
            /** @description The chunk; all chunks concatenated are the markdown answer. */
            delta: string;
        };
        /** @description `data` of a `text-end` event: the answer is complete. */
        SseTextEnd: {
            /** @description The id shared by every `text-*` event of this reply. */
            id: string;
        };
        /** @description `data` of a `reasoning-start` event: thinking started. */
        SseReasoningStart: {
            /** @description The id shared by every `reasoning-*` event of this reply. */
            id: string;
        };
        /** @description `data` of a `reasoning-delta` event: the next chunk of thinking. */
        SseReasoningDelta: {
            /** @description The id shared by every `reasoning-*` event of this reply. */
            id: string;
            /** @description The chunk of thinking. */
            delta: string;
        };
        /** @description `data` of a `reasoning-end` event: thinking complete. */
        SseReasoningEnd: {
            /** @description The id shared by every `reasoning-*` event of this reply. */
            id: string;
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
        /** @description No `nuxt-session` cookie, a cookie naming a session the stub does not have, or a chat that belongs to another session. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No chat has this id (never created, or deleted). */
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
    parameters: {
        /**
         * @description The chat id (a UUID, as returned by `POST /api/chats`).
         * @example 550e8400-e29b-41d4-a716-446655440000
         */
        ChatId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listChats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session's chats, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Chat"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    createChat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChatRequest"];
            };
        };
        responses: {
            /** @description The new chat with its first message. */
            201: {
                headers: {
                    /** @description `nuxt-session=<id>; Path=/; HttpOnly; SameSite=Lax` when a new session was started. */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatWithMessages"];
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
    getChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat id (a UUID, as returned by `POST /api/chats`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chat and its messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatWithMessages"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat id (a UUID, as returned by `POST /api/chats`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChatRequest"];
            };
        };
        responses: {
            /** @description The renamed chat, without its messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Chat"];
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
    streamChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat id (a UUID, as returned by `POST /api/chats`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StreamRequest"];
            };
        };
        responses: {
            /** @description The stream started; events follow as they are produced. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
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
    deleteChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat id (a UUID, as returned by `POST /api/chats`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted chat. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Chat"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    saveMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat id (a UUID, as returned by `POST /api/chats`).
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                id: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveMessageRequest"];
            };
        };
        responses: {
            /** @description The saved message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
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
    ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cookie is set. */
            200: {
                headers: {
                    /** @description `app-init=1; Path=/; SameSite=Lax` (over HTTPS `SameSite=None; Secure`). */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": "ok";
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server is running. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": "running";
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
}
