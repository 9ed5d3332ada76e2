// Generated from openapi/ally.yaml by `npm run types`. Do not edit; CI fails when it drifts.
import type { OpenApiDocument } from '../core/document.ts';

export const document: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Ally API",
    "version": "1.0.0",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "contact": {
      "name": "contract-stubs maintainers"
    },
    "description": "Contract for the `ally` mock served by contract-stubs: an AI assistant that is embedded in\nother sites through an iframe. It is hand-authored from the product's prose API description\n(\"the prose\" below; not shipped with contract-stubs, and everything needed from it is\nwritten here) and is the single source of truth for the stub: request validation, the\ngenerated TypeScript types and the stateful handlers all follow this document. Where the\nprose is silent or contradicts itself, the decision taken is written down here and in the\ndescription of the operation it concerns.\n\nGlobal decisions:\n\n- **Sessions.** The session is the HTTP-only cookie `nuxt-session` (`Path=/`,\n  `SameSite=Lax`, `Secure` only over HTTPS). `POST /api/chats` without a valid session\n  starts one and sets the cookie; every other chat and message operation needs it (`401`\n  without it, or when it names a session the stub does not have, e.g. after\n  `POST /__stubs/reset`). `GET /api/ping` and `GET /api/health` are public.\n- **Ownership.** Chats belong to the session that created them. A chat id that exists but\n  belongs to another session gets `401` (as the prose says: \"doesn't own chat\"), an id the\n  stub does not know gets `404`. The prose's generic `403` is produced by no operation.\n- **Ids and timestamps.** Chat ids are UUIDs; `userId` is `user-` plus 12 lowercase letters\n  and digits, one per session; message ids the stub generates are `msg-` plus 16 lowercase\n  letters and digits (a client may choose its own when saving a message). Every\n  `createdAt` is a Unix timestamp in seconds, as the prose's examples show.\n- **Streamed replies.** `POST /api/chats/{id}` streams the assistant's reply as\n  Server-Sent Events and stores nothing: the client saves the finished reply (and any\n  follow-up question) with `POST /api/chats/{id}/messages`, as the prose describes. The\n  events of each type and their `data` are listed in that operation.\n- **CORS.** The prose lists `Access-Control-Allow-Origin: *` together with\n  `Access-Control-Allow-Credentials: true`, which browsers refuse, and a stub that echoed\n  every origin would let any web site read a user's chats. The stub trusts explicit\n  origins instead: every loopback origin (`http` or `https` on `localhost`, `*.localhost`,\n  `127.x.x.x` or `[::1]`, any port), which covers the app and the iframe host pages in local\n  development, and the origins the stub was started with (`--cors-origins\n  https://app.example.com,...`; `*` trusts any origin). An answer to a request whose\n  `Origin` is trusted carries `Access-Control-Allow-Origin: <that origin>`,\n  `Access-Control-Allow-Credentials: true` and `Vary: Origin`; a preflight (`OPTIONS` with\n  `Origin` and `Access-Control-Request-Method`) from it, on any path of this API, gets `204`\n  with `Access-Control-Allow-Methods: GET, POST, PUT, DELETE`,\n  `Access-Control-Allow-Headers: Content-Type, Authorization` and\n  `Access-Control-Max-Age: 600`. Any other origin, and `null` always (sandboxed iframes,\n  `file:` pages), gets no CORS header on its answers and `403` in the error envelope on its\n  preflight, saying how to trust it, so the browser keeps the answers from the page.\n  Through MSW in a browser, the page's own origin is trusted too. Preflights are answered\n  by the stub's pipeline, outside the operations of this document.\n- **Errors.** Every error, including request-validation errors, uses the envelope\n  `{\"statusCode\":<HTTP status>,\"statusMessage\":\"...\"}`; `statusCode` equals the HTTP\n  status. The message names the offending field, e.g. `body.prompt: is required`,\n  `body.messages.0.role: must be equal to one of the allowed values: user, assistant, system`,\n  `body.foo: is not allowed` (schemas are closed).\n- **Bodies.** Operations with a request body take `application/json` only (`415`\n  otherwise), at most 1 MiB (`413`), and malformed JSON gets `400` at once. A POST or PUT\n  without any body (and without `Content-Type`) is a missing body: `400`. Operations\n  without a request body ignore whatever body is sent. Query parameters no operation\n  declares are ignored (so cache busters such as `?_=123` never break a call).\n- **Prefer.** `Prefer: code=<status>, example=<name>, dynamic=true, seed=<n>` (or the\n  `__code`/`__example`/`__dynamic`/`__seed` query parameters when no `Prefer` header is\n  sent) forces a documented answer without running authentication, validation or state;\n  asking for a status or example this document does not declare gets `400` with the\n  header `Contract-Stubs-Control: prefer-refused` (a control error, outside the contract).\n- **500s.** The prose's `500` error is kept on every operation, but the stub only produces\n  it on request (`Prefer: code=500`).\n- **Storage limits.** The stub keeps what it is sent within fixed limits, oldest first, so\n  no client can exhaust its memory. A session keeps at most 500 chats and a chat at most\n  1,000 messages; a session also keeps at most 4 MiB of data (counted as 2 bytes a\n  character: about twenty messages of 100,000 characters). Past either limit its oldest\n  chats go first (`404` afterwards), never the chat being written to, then the oldest\n  messages of that chat (its newest stays). The stub keeps at most 1,000 sessions and 32\n  MiB in all; past either, the sessions used least recently go, and their cookie gets\n  `401`. Sessions unused for 30 days go too.\n"
  },
  "servers": [
    {
      "url": "http://127.0.0.1:4010/ally",
      "description": "All APIs in one server (`npx contract-stubs start`); this API is mounted under `/ally`."
    },
    {
      "url": "http://127.0.0.1:4010",
      "description": "This API alone (`npx contract-stubs start --api ally`), served at the root."
    }
  ],
  "security": [
    {
      "cookieAuth": []
    }
  ],
  "tags": [
    {
      "name": "chats",
      "description": "The session's chats, their messages and the streamed assistant replies."
    },
    {
      "name": "messages",
      "description": "Saving messages to a chat."
    },
    {
      "name": "utility",
      "description": "Cookie initialisation and health."
    }
  ],
  "paths": {
    "/api/chats": {
      "get": {
        "operationId": "listChats",
        "summary": "List the session's chats",
        "tags": [
          "chats"
        ],
        "description": "Returns every chat of the session, newest first (by `createdAt`, then most recently\ncreated first for chats created in the same second). Messages are not included.\n\nErrors: `401` no `nuxt-session` cookie, or one naming a session the stub does not\nhave; `500` only on request (`Prefer: code=500`).\n",
        "responses": {
          "200": {
            "description": "The session's chats, newest first.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "description": "Chats, newest first.",
                  "items": {
                    "$ref": "#/components/schemas/Chat"
                  }
                },
                "examples": {
                  "chats": {
                    "summary": "One chat",
                    "value": [
                      {
                        "id": "550e8400-e29b-41d4-a716-446655440000",
                        "title": "Create Phishing Awareness",
                        "userId": "user-a1b2c3d4e5f6",
                        "createdAt": 1698765432
                      }
                    ]
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "post": {
        "operationId": "createChat",
        "summary": "Create a chat",
        "tags": [
          "chats"
        ],
        "security": [
          {
            "cookieAuth": []
          },
          {}
        ],
        "description": "Creates a chat whose title is the prompt (trimmed, cut to 100 characters) and whose\nfirst message is the prompt as a `user` message.\n\nWithout a `nuxt-session` cookie, or with one naming a session the stub does not have,\na new session is started and its cookie is set (`Set-Cookie: nuxt-session=...;\nPath=/; HttpOnly; SameSite=Lax`, plus `Secure` over HTTPS); with a valid one the chat is\nadded to that session and no cookie is set.\n\nErrors: `400` missing or empty `prompt` (it must contain a non-space character, at most\n4000 characters); `401` is listed by the prose but never produced, since a missing\nsession is started here (only on request, `Prefer: code=401`); `500` only on request\n(`Prefer: code=500`).\n\n**Session creation limit.** At most 100 sessions a minute may be created from one client\naddress (fixed one-minute windows), so that one client cannot evict every other user's\nsession from the stub's capped store: the 101st gets `429` with `Retry-After` (seconds);\nanswers under the limit carry no rate-limit header. A call without a session the stub has\ncreates one; a call within an existing session does not count. `POST /__stubs/reset`\nclears the count and `--no-rate-limits` turns it off. Through MSW every request comes from\none address.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateChatRequest"
              },
              "examples": {
                "phishing": {
                  "summary": "The prose's example",
                  "value": {
                    "prompt": "Create Phishing Awareness Training"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new chat with its first message.",
            "headers": {
              "Set-Cookie": {
                "description": "`nuxt-session=<id>; Path=/; HttpOnly; SameSite=Lax` when a new session was started.",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChatWithMessages"
                },
                "examples": {
                  "created": {
                    "summary": "The prose's example",
                    "value": {
                      "id": "550e8400-e29b-41d4-a716-446655440000",
                      "title": "Create Phishing Awareness Training",
                      "userId": "user-a1b2c3d4e5f6",
                      "createdAt": 1698765432,
                      "messages": [
                        {
                          "id": "msg-1",
                          "chatId": "550e8400-e29b-41d4-a716-446655440000",
                          "role": "user",
                          "content": "Create Phishing Awareness Training",
                          "createdAt": 1698765432
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManySessions"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/chats/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ChatId"
        }
      ],
      "get": {
        "operationId": "getChat",
        "summary": "Get a chat with its messages",
        "tags": [
          "chats"
        ],
        "description": "Returns the chat and all its messages, oldest first.\n\nErrors: `400` an id longer than 100 characters (the `ChatId` parameter's limit); `401`\nno valid session, or the chat belongs to another session; `404` no chat has this id;\n`500` only on request (`Prefer: code=500`).\n",
        "responses": {
          "200": {
            "description": "The chat and its messages.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChatWithMessages"
                },
                "examples": {
                  "chat": {
                    "summary": "The prose's example",
                    "value": {
                      "id": "550e8400-e29b-41d4-a716-446655440000",
                      "title": "Create Phishing Awareness",
                      "userId": "user-a1b2c3d4e5f6",
                      "createdAt": 1698765432,
                      "messages": [
                        {
                          "id": "msg-1",
                          "chatId": "550e8400-e29b-41d4-a716-446655440000",
                          "role": "user",
                          "content": "Create Phishing Awareness",
                          "createdAt": 1698765432
                        },
                        {
                          "id": "msg-2",
                          "chatId": "550e8400-e29b-41d4-a716-446655440000",
                          "role": "assistant",
                          "content": "# Phishing Awareness Training\n\nPhishing is...",
                          "createdAt": 1698765442
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "post": {
        "operationId": "streamChat",
        "summary": "Stream the assistant's reply",
        "tags": [
          "chats"
        ],
        "description": "Streams the assistant's reply to `messages` as Server-Sent Events\n(`Content-Type: text/event-stream`). Each event has an `event:` line naming its type and\none `data:` line holding a JSON object:\n\n| event | data | meaning |\n| --- | --- | --- |\n| `reasoning-start` | `{\"id\"}` (`SseReasoningStart`) | thinking started |\n| `reasoning-delta` | `{\"id\",\"delta\"}` (`SseReasoningDelta`) | a chunk of thinking |\n| `reasoning-end` | `{\"id\"}` (`SseReasoningEnd`) | thinking complete |\n| `text-start` | `{\"id\"}` (`SseTextStart`) | the answer started |\n| `text-delta` | `{\"id\",\"delta\"}` (`SseTextDelta`) | a chunk of the answer |\n| `text-end` | `{\"id\"}` (`SseTextEnd`) | the answer is complete |\n\nThe schemas of the `data` objects are in `components/schemas` and listed per event in\n`x-sse-events`. Order: when `model` names a reasoning model (its id contains `reason`\nor `think`, e.g. `gpt-oss-120b-reasoning`), one `reasoning-start`, its deltas and\n`reasoning-end` come first; then one `text-start`, its `text-delta`s and `text-end`.\nAll `text-*` events share one id (`msg-` plus 16 lowercase letters and digits: the id\nto save the reply under), all `reasoning-*` events another (`rs-` plus 16). The deltas\nof the text, concatenated, are a markdown answer about the chat's topic. The topic is the\nmost specific one named: phishing, passwords, multi-factor authentication, ransomware or\nsocial engineering, whichever has the most of its words in the last `user` message\n(counted twice) and the chat's title (counted once); general security awareness only when\nnone is named. So a chat `Create Phishing Awareness Training` asked\n`Create Phishing Awareness` (or `Hello`) streams `# Phishing Awareness` and\n`Phishing is a type of cyber attack…`, not a general awareness answer. The stream then ends. Events are paced by\nthe server's `--stream-delay` (30 ms by default under `contract-stubs start`, 0 in\ntests and through MSW unless configured); a client that disconnects ends the stream.\n\nNothing is stored: the client saves the finished reply with\n`POST /api/chats/{id}/messages`. `conversationId`, when sent, must equal the path's id.\n`model` defaults to `gpt-oss-120b` (not a reasoning model).\n\nErrors: `400` missing or empty `messages`, a message without `role` or `content`, an\nunknown `role`, or a `conversationId` other than the path's id; `401` no valid session,\nor the chat belongs to another session; `404` no chat has this id; `500` only on request\n(`Prefer: code=500`).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/StreamRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "model": "gpt-oss-120b",
                    "messages": [
                      {
                        "role": "user",
                        "content": "Create Phishing Awareness"
                      }
                    ],
                    "conversationId": "550e8400-e29b-41d4-a716-446655440000"
                  }
                },
                "reasoning": {
                  "summary": "Asking a reasoning model",
                  "value": {
                    "model": "gpt-oss-120b-reasoning",
                    "messages": [
                      {
                        "role": "user",
                        "content": "How do I spot a phishing email?"
                      }
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The stream started; events follow as they are produced.",
            "content": {
              "text/event-stream": {
                "schema": {
                  "type": "string",
                  "description": "Server-Sent Events: `event: <type>` and `data: <JSON>` lines, events separated by a blank line. The `data` schema of each event type is in `x-sse-events`."
                },
                "x-sse-events": {
                  "reasoning-start": {
                    "$ref": "#/components/schemas/SseReasoningStart"
                  },
                  "reasoning-delta": {
                    "$ref": "#/components/schemas/SseReasoningDelta"
                  },
                  "reasoning-end": {
                    "$ref": "#/components/schemas/SseReasoningEnd"
                  },
                  "text-start": {
                    "$ref": "#/components/schemas/SseTextStart"
                  },
                  "text-delta": {
                    "$ref": "#/components/schemas/SseTextDelta"
                  },
                  "text-end": {
                    "$ref": "#/components/schemas/SseTextEnd"
                  }
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": "event: text-start\ndata: {\"id\":\"event-1\"}\n\nevent: text-delta\ndata: {\"id\":\"event-1\",\"delta\":\"Phishing is a\"}\n\nevent: text-delta\ndata: {\"id\":\"event-1\",\"delta\":\" type of cyber\"}\n\nevent: text-end\ndata: {\"id\":\"event-1\"}\n\n"
                  },
                  "reasoning": {
                    "summary": "A reasoning model thinks first",
                    "value": "event: reasoning-start\ndata: {\"id\":\"rs-k3v9q2m8x1p4z7w5\"}\n\nevent: reasoning-delta\ndata: {\"id\":\"rs-k3v9q2m8x1p4z7w5\",\"delta\":\"The user asks about phishing.\"}\n\nevent: reasoning-end\ndata: {\"id\":\"rs-k3v9q2m8x1p4z7w5\"}\n\nevent: text-start\ndata: {\"id\":\"msg-b7c1d9e2f0a4g6h8\"}\n\nevent: text-delta\ndata: {\"id\":\"msg-b7c1d9e2f0a4g6h8\",\"delta\":\"# Phishing\"}\n\nevent: text-end\ndata: {\"id\":\"msg-b7c1d9e2f0a4g6h8\"}\n\n"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "put": {
        "operationId": "updateChat",
        "summary": "Rename a chat",
        "tags": [
          "chats"
        ],
        "description": "Updates the chat's metadata: its title becomes `content` (trimmed). `role` is accepted\nbecause the prose's client sends a message-shaped body, but it has no effect.\n\nErrors: `400` missing or empty `content` (it must contain a non-space character, at\nmost 100 characters) or an unknown `role`; `401` no valid session, or the chat belongs\nto another session; `404` no chat has this id; `500` only on request\n(`Prefer: code=500`).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateChatRequest"
              },
              "examples": {
                "rename": {
                  "summary": "The prose's example",
                  "value": {
                    "content": "New Chat Title",
                    "role": "assistant"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The renamed chat, without its messages.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Chat"
                },
                "examples": {
                  "renamed": {
                    "summary": "The prose's example",
                    "value": {
                      "id": "550e8400-e29b-41d4-a716-446655440000",
                      "title": "New Chat Title",
                      "userId": "user-a1b2c3d4e5f6",
                      "createdAt": 1698765432
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "delete": {
        "operationId": "deleteChat",
        "summary": "Delete a chat",
        "tags": [
          "chats"
        ],
        "description": "Deletes the chat and all its messages (cascade) and returns the deleted chat without\nits messages. Afterwards the id gets `404`.\n\nErrors: `400` an id longer than 100 characters (the `ChatId` parameter's limit); `401`\nno valid session, or the chat belongs to another session; `404` no chat has this id;\n`500` only on request (`Prefer: code=500`).\n",
        "responses": {
          "200": {
            "description": "The deleted chat.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Chat"
                },
                "examples": {
                  "deleted": {
                    "summary": "The prose's example",
                    "value": {
                      "id": "550e8400-e29b-41d4-a716-446655440000",
                      "title": "Create Phishing Awareness",
                      "userId": "user-a1b2c3d4e5f6",
                      "createdAt": 1698765432
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/chats/{id}/messages": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ChatId"
        }
      ],
      "post": {
        "operationId": "saveMessage",
        "summary": "Save a message",
        "tags": [
          "messages"
        ],
        "description": "Appends a message to the chat, typically the assistant's reply once its stream completed\n(under the id of its `text-*` events), or the user's next question.\n\n`id` is optional: without it the stub generates `msg-` plus 16 lowercase letters and\ndigits. Saving again under an id the chat already has replaces that message's `role`\nand `content` (keeping its place and `createdAt`), so a retried save does not\nduplicate it. Past the session's storage limits (see the API description: 1,000\nmessages a chat, 4 MiB a session) the session's oldest chats, then this chat's oldest\nmessages, give way.\n\nErrors: `400` missing or empty `content`, missing or unknown `role`, or a malformed\n`id`; `401` no valid session, or the chat belongs to another session; `404` no chat has\nthis id; `500` only on request (`Prefer: code=500`).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SaveMessageRequest"
              },
              "examples": {
                "assistantReply": {
                  "summary": "The prose's example",
                  "value": {
                    "id": "msg-2",
                    "role": "assistant",
                    "content": "# Phishing Awareness\n\nPhishing is..."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The saved message.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Message"
                },
                "examples": {
                  "saved": {
                    "summary": "The prose's example",
                    "value": {
                      "id": "msg-2",
                      "chatId": "550e8400-e29b-41d4-a716-446655440000",
                      "role": "assistant",
                      "content": "# Phishing Awareness\n\nPhishing is...",
                      "createdAt": 1698765442
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/ping": {
      "get": {
        "operationId": "ping",
        "summary": "Initialise cookies",
        "tags": [
          "utility"
        ],
        "security": [],
        "description": "Sets the `app-init` cookie (a Safari ITP workaround: a first-party cookie set before the\nsession cookie is needed). Public. The cookie is `app-init=1; Path=/; SameSite=Lax`\nover HTTP and `app-init=1; Path=/; SameSite=None; Secure` over HTTPS, so that an\niframe on another site can send it. It does not start a session.\n\nErrors: `500` only on request (`Prefer: code=500`).\n",
        "responses": {
          "200": {
            "description": "The cookie is set.",
            "headers": {
              "Set-Cookie": {
                "description": "`app-init=1; Path=/; SameSite=Lax` (over HTTPS `SameSite=None; Secure`).",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "string",
                  "const": "ok",
                  "description": "Always `ok`."
                },
                "examples": {
                  "ok": {
                    "summary": "The prose's example",
                    "value": "ok"
                  }
                }
              }
            }
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/health": {
      "get": {
        "operationId": "health",
        "summary": "Health check",
        "tags": [
          "utility"
        ],
        "security": [],
        "description": "Public (the prose exempts only `/ping` from the session, but a health check is called by\ninfrastructure that has no session cookie).\n\nErrors: `500` only on request (`Prefer: code=500`).\n",
        "responses": {
          "200": {
            "description": "The server is running.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "string",
                  "const": "running",
                  "description": "Always `running`."
                },
                "examples": {
                  "running": {
                    "summary": "The prose's example",
                    "value": "running"
                  }
                }
              }
            }
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "cookieAuth": {
        "type": "apiKey",
        "in": "cookie",
        "name": "nuxt-session",
        "description": "The session cookie, set by `POST /api/chats` when no session exists yet: HTTP-only, `SameSite=Lax`, `Path=/`, `Secure` over HTTPS. Its value is an opaque session id."
      }
    },
    "parameters": {
      "ChatId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The chat id (a UUID, as returned by `POST /api/chats`).",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100
        },
        "example": "550e8400-e29b-41d4-a716-446655440000"
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request is missing a required field or a field is malformed; the message names the field.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "missingPrompt": {
                "summary": "A required field is missing",
                "value": {
                  "statusCode": 400,
                  "statusMessage": "body.prompt: is required"
                }
              },
              "emptyPrompt": {
                "summary": "A required string is empty",
                "value": {
                  "statusCode": 400,
                  "statusMessage": "body.prompt: must NOT have fewer than 1 characters"
                }
              },
              "unknownRole": {
                "summary": "A role that is not user, assistant or system",
                "value": {
                  "statusCode": 400,
                  "statusMessage": "body.role: must be equal to one of the allowed values: user, assistant, system"
                }
              },
              "unknownField": {
                "summary": "A field that is not in the contract",
                "value": {
                  "statusCode": 400,
                  "statusMessage": "body.foo: is not allowed"
                }
              },
              "malformedJson": {
                "summary": "A body that is not valid JSON",
                "value": {
                  "statusCode": 400,
                  "statusMessage": "body: is not valid JSON"
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "No `nuxt-session` cookie, a cookie naming a session the stub does not have, or a chat that belongs to another session.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "noSession": {
                "summary": "No session cookie",
                "value": {
                  "statusCode": 401,
                  "statusMessage": "cookie.nuxt-session: is required"
                }
              },
              "notOwner": {
                "summary": "The chat belongs to another session",
                "value": {
                  "statusCode": 401,
                  "statusMessage": "Unauthorized: chat 550e8400-e29b-41d4-a716-446655440000 belongs to another session"
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "No chat has this id (never created, or deleted).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "chatNotFound": {
                "summary": "Unknown chat id",
                "value": {
                  "statusCode": 404,
                  "statusMessage": "Chat not found: 550e8400-e29b-41d4-a716-446655440000"
                }
              }
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The request body is larger than 1 MiB.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "bodyTooLarge": {
                "summary": "A body over the 1 MiB cap",
                "value": {
                  "statusCode": 413,
                  "statusMessage": "body: is larger than 1 MiB"
                }
              }
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "The request body is not `application/json`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "notJson": {
                "summary": "A form-encoded body",
                "value": {
                  "statusCode": 415,
                  "statusMessage": "header.content-type: application/x-www-form-urlencoded is not supported; use application/json"
                }
              }
            }
          }
        }
      },
      "TooManySessions": {
        "description": "More than 100 sessions were created from this client address within the minute; `Retry-After` says when the next may be.",
        "headers": {
          "Retry-After": {
            "description": "Seconds until this address may create sessions again.",
            "schema": {
              "type": "integer"
            }
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "limit": {
                "summary": "The 101st session within a minute from one address",
                "value": {
                  "statusCode": 429,
                  "statusMessage": "Too many sessions created from this address: at most 100 a minute; retry after 60 s"
                }
              }
            }
          }
        }
      },
      "InternalError": {
        "description": "Server-side failure; the stub only produces it on request (`Prefer: code=500`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "forced": {
                "summary": "The prose's example",
                "value": {
                  "statusCode": 500,
                  "statusMessage": "Internal Server Error"
                }
              }
            }
          }
        }
      }
    },
    "schemas": {
      "Error": {
        "type": "object",
        "description": "Error envelope used by every error response.",
        "additionalProperties": false,
        "required": [
          "statusCode",
          "statusMessage"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "The HTTP status code of the response."
          },
          "statusMessage": {
            "type": "string",
            "description": "Human-readable description naming the offending field, e.g. `body.prompt: is required`."
          }
        }
      },
      "Role": {
        "type": "string",
        "enum": [
          "user",
          "assistant",
          "system"
        ],
        "description": "Who wrote a message."
      },
      "Chat": {
        "type": "object",
        "description": "A chat, without its messages.",
        "additionalProperties": false,
        "required": [
          "id",
          "title",
          "userId",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The chat id (a UUID)."
          },
          "title": {
            "type": "string",
            "description": "The chat's title (the first prompt, until renamed)."
          },
          "userId": {
            "type": "string",
            "description": "The session's user id (`user-` plus 12 lowercase letters and digits)."
          },
          "createdAt": {
            "type": "integer",
            "description": "When the chat was created (Unix time, seconds)."
          }
        }
      },
      "Message": {
        "type": "object",
        "description": "A message of a chat.",
        "additionalProperties": false,
        "required": [
          "id",
          "chatId",
          "role",
          "content",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The message id (`msg-` plus 16 lowercase letters and digits when the stub chose it)."
          },
          "chatId": {
            "type": "string",
            "description": "The chat the message belongs to."
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "content": {
            "type": "string",
            "description": "The message text (markdown for assistant replies)."
          },
          "createdAt": {
            "type": "integer",
            "description": "When the message was saved (Unix time, seconds)."
          }
        }
      },
      "ChatWithMessages": {
        "type": "object",
        "description": "A chat and all its messages, oldest first.",
        "additionalProperties": false,
        "required": [
          "id",
          "title",
          "userId",
          "createdAt",
          "messages"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The chat id (a UUID)."
          },
          "title": {
            "type": "string",
            "description": "The chat's title."
          },
          "userId": {
            "type": "string",
            "description": "The session's user id."
          },
          "createdAt": {
            "type": "integer",
            "description": "When the chat was created (Unix time, seconds)."
          },
          "messages": {
            "type": "array",
            "description": "The chat's messages, oldest first.",
            "items": {
              "$ref": "#/components/schemas/Message"
            }
          }
        }
      },
      "CreateChatRequest": {
        "type": "object",
        "description": "The first prompt of a new chat.",
        "additionalProperties": false,
        "required": [
          "prompt"
        ],
        "properties": {
          "prompt": {
            "type": "string",
            "minLength": 1,
            "maxLength": 4000,
            "pattern": "\\S",
            "description": "The user's first message; also the chat's title. Must contain a non-space character."
          }
        }
      },
      "StreamMessage": {
        "type": "object",
        "description": "One message of the conversation sent to the model.",
        "additionalProperties": false,
        "required": [
          "role",
          "content"
        ],
        "properties": {
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "content": {
            "type": "string",
            "maxLength": 100000,
            "description": "The message text."
          }
        }
      },
      "StreamRequest": {
        "type": "object",
        "description": "The conversation to answer and the model to answer it with.",
        "additionalProperties": false,
        "required": [
          "messages"
        ],
        "properties": {
          "model": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "description": "The model id; defaults to `gpt-oss-120b`. An id containing `reason` or `think` asks for a reasoning model (reasoning events first)."
          },
          "messages": {
            "type": "array",
            "minItems": 1,
            "maxItems": 500,
            "description": "The conversation so far, oldest first; the reply answers the last `user` message.",
            "items": {
              "$ref": "#/components/schemas/StreamMessage"
            }
          },
          "conversationId": {
            "type": "string",
            "minLength": 1,
            "description": "The chat id; when sent it must equal the path's id."
          }
        }
      },
      "UpdateChatRequest": {
        "type": "object",
        "description": "A message-shaped body whose `content` becomes the chat's title.",
        "additionalProperties": false,
        "required": [
          "content"
        ],
        "properties": {
          "content": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "pattern": "\\S",
            "description": "The new title; must contain a non-space character."
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          }
        }
      },
      "SaveMessageRequest": {
        "type": "object",
        "description": "A message to append to the chat.",
        "additionalProperties": false,
        "required": [
          "role",
          "content"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[A-Za-z0-9_-]{1,64}$",
            "description": "The message id, e.g. the id of the streamed reply's `text-*` events; generated when omitted."
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "content": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100000,
            "description": "The message text."
          }
        }
      },
      "SseTextStart": {
        "type": "object",
        "description": "`data` of a `text-start` event: the answer started.",
        "additionalProperties": false,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The id shared by every `text-*` event of this reply."
          }
        }
      },
      "SseTextDelta": {
        "type": "object",
        "description": "`data` of a `text-delta` event: the next chunk of the answer.",
        "additionalProperties": false,
        "required": [
          "id",
          "delta"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The id shared by every `text-*` event of this reply."
          },
          "delta": {
            "type": "string",
            "description": "The chunk; all chunks concatenated are the markdown answer."
          }
        }
      },
      "SseTextEnd": {
        "type": "object",
        "description": "`data` of a `text-end` event: the answer is complete.",
        "additionalProperties": false,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The id shared by every `text-*` event of this reply."
          }
        }
      },
      "SseReasoningStart": {
        "type": "object",
        "description": "`data` of a `reasoning-start` event: thinking started.",
        "additionalProperties": false,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The id shared by every `reasoning-*` event of this reply."
          }
        }
      },
      "SseReasoningDelta": {
        "type": "object",
        "description": "`data` of a `reasoning-delta` event: the next chunk of thinking.",
        "additionalProperties": false,
        "required": [
          "id",
          "delta"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The id shared by every `reasoning-*` event of this reply."
          },
          "delta": {
            "type": "string",
            "description": "The chunk of thinking."
          }
        }
      },
      "SseReasoningEnd": {
        "type": "object",
        "description": "`data` of a `reasoning-end` event: thinking complete.",
        "additionalProperties": false,
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The id shared by every `reasoning-*` event of this reply."
          }
        }
      }
    }
  }
};
