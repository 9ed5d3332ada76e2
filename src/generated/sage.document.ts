// Generated from openapi/sage.yaml by `npm run types`. Do not edit; CI fails when it drifts.
import type { OpenApiDocument } from '../core/document.ts';

export const document: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Sage API",
    "version": "2.0.0",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "contact": {
      "name": "contract-stubs maintainers"
    },
    "description": "Contract for the `sage` mock served by contract-stubs: I Ching consultations with AI\ninterpretations, streaming, daily guidance and tiers. It is hand-authored from the\nproduct's prose API description (\"the prose\" below: example requests and answers, a\nTypeScript data model, error-code and rate-limit tables; not part of this package) and is\nthe single source of truth for the stub; everything a client needs is written here (the\nprose's WebSocket channel, which OpenAPI cannot describe, under \"WebSocket channel\"\nbelow). Where the prose is silent or contradicts itself, the decision taken is written\ndown here and in the description of the operation it concerns.\n\nGlobal decisions:\n\n- **WebSocket channel `/sage/ws`** (`/ws` when sage is served at the root).\n  Every message either way is a JSON text object with a `type`; the server adds\n  `timestamp` (ISO 8601) to each of its messages. A socket's messages are handled one at\n  a time in arrival order, so a client may send `auth` and `subscribe` back to back\n  without waiting for `authenticated` (more than 256 messages waiting behind one still\n  being handled close the socket with 1008). Client → server:\n  `{\"type\":\"auth\",\"token\":\"<accessToken>\"}` (an access token from login/refresh; a\n  missing, malformed, expired or logged-out token gets\n  `{\"type\":\"error\",\"code\":\"AUTHENTICATION_ERROR\",\"message\":…}` and the socket is closed\n  with code **4401**), answered by `{\"type\":\"authenticated\",\"data\":{\"userId\":…}}`;\n  `{\"type\":\"subscribe\",\"channels\":[\"guidance\",\"notifications\"]}` (after `auth`; the\n  channels are the prose's `guidance` and `notifications`, others get a\n  `VALIDATION_ERROR` naming `channels[i]`), answered by\n  `{\"type\":\"subscribed\",\"data\":{\"channels\":[…]}}`; `{\"type\":\"ping\"}` (heartbeat, any time),\n  answered by `{\"type\":\"pong\"}`. Server → client on `guidance`:\n  `{\"type\":\"proactive_guidance\",\"data\":{\"guidance\":{\"message\",\"hexagram\"(1–64),\"actionSuggestion\",\"priority\"(\"low\"|\"medium\"|\"high\")}}}`,\n  sent at once on subscribing and on every later tick when the user's daily guidance\n  (`GET /api/guidance/daily`) exists and was not pushed on this socket yet (`priority`\n  `medium`), and otherwise every tick with a hexagram to reflect on (`priority` `low`).\n  The tick is `--socket-push-ms` (default 60 s). `notifications` is accepted but the stub\n  sends nothing on it (the prose names no notification event). Malformed JSON and\n  messages without a string `type` get `VALIDATION_ERROR`, unknown types\n  `UNKNOWN_MESSAGE_TYPE`; the socket stays open. On shutdown every socket is closed with\n  1001. Upgrades to other paths are refused with 404.\n\n- **Versioning.** Every path is also served under `/api/v1/...` (the prose's \"current\n  version, can be omitted\"): `/api/v1/consultation/create` is `/api/consultation/create`.\n- **Accounts and tokens.** Passwords are stored as PBKDF2 hashes. `accessToken` and\n  `refreshToken` are HS256 JWTs signed by the stub, each with a `kind` claim (`access` or\n  `refresh`). Access tokens live 4 hours (`expiresAt`, as the prose's example: issued\n  10:00, expires 14:00), refresh tokens 30 days. Refreshing rotates the refresh token:\n  the old one stops working at once. Logout revokes the session: its access and refresh\n  tokens get `401` afterwards.\n- **I Ching casts.** A cast throws three coins six times (heads 3, tails 2): 6 old yin,\n  7 young yang, 8 young yin, 9 old yang, bottom line first. Odd lines are yang. The\n  hexagram (King Wen number) follows from the six lines; the changing lines are the 6s and\n  9s (positions 1–6, bottom up); the relating hexagram flips them and is present only when\n  a line changes. Lines `[7,8,8,9,9,9]` are hexagram 25 (Innocence, ☰ over ☳) with\n  relating hexagram 24 (Return, ☷ over ☳). **The prose's example says 11 (Peace) and 12\n  (Standstill) for those lines, which is wrong**; the examples here are corrected. `symbol`\n  is the Unicode hexagram character (䷊ for Peace, ䷘ for Innocence); the prose's `☰☷` for\n  Peace (two trigram characters, heaven first, although Peace is earth above heaven) is\n  replaced by it, in the daily guidance example too. Names, Chinese names and texts are the\n  project's fixtures (after Legge): hexagram 25 is \"Innocence (The Unexpected)\".\n- **Cache.** A question is reduced to its pattern (lower-case words of four letters or\n  more, minus common words, de-duplicated and sorted, at most five, joined by `_`). When\n  the same user asks the same pattern in the same category again within 24 hours, with\n  caching enabled (`aiOptions.useCache`/`enableCaching`, default true), the earlier reading\n  is returned from the cache as a new consultation (`cons_cached_…`, `fromCache: true`,\n  the same cast, `modelUsed: cache`, cost 0, `savings: 1`): as hexagram 4 says, asking the\n  oracle the same thing twice brings no new answer. `cacheKey` is\n  `hexagram_<number>_<category>_<pattern>`.\n- **Tiers and rate limits.** Every user has a tier: `free` (every new account), `premium`\n  or `pro`. The limits of the prose's table are counted per user in fixed windows\n  starting at the first request: `POST /api/consultation/create` and `create-stream`\n  together 3/50/200 per hour; `GET /api/guidance/daily` 10 per day for free, unlimited\n  otherwise; `POST /api/guidance/generate` 5/20 per day for premium/pro (free users get\n  `402 SUBSCRIPTION_REQUIRED` instead of a zero limit); all `GET /api/user/*` operations\n  together 100/500/1000 per hour; all `POST /api/integration/*` operations together\n  10/50 per hour for premium/pro (free users get `402 SUBSCRIPTION_REQUIRED`: the\n  prose's \"0/hour\" means the feature is not in the free tier). Limited answers carry `X-RateLimit-Limit`,\n  `X-RateLimit-Remaining`, `X-RateLimit-Reset` (Unix seconds) and `X-RateLimit-Tier`;\n  unlimited ones carry none. The 429 adds `Retry-After` and\n  `details: {limit, window, resetAt, upgradeUrl, retryAfter}`.\n- **Subscriptions.** `POST /api/subscription/create` changes the tier at once; Stripe's\n  webhook (`POST /api/webhooks/stripe`, signed with `Stripe-Signature`) updates or ends\n  it. The signature is checked over the body's bytes as sent, as Stripe's libraries do,\n  with Web Crypto's HMAC-SHA256 (it runs in Node and in browsers alike; Stripe's own\n  library needs an API client).\n- **Development accounts.** The stub seeds one account per\n  tier (`free@sage.test`, `premium@sage.test` and `pro@sage.test`, password\n  `SageDev2025!`, and the admin `admin@sage.test`, password `SageAdmin2025!`, tier `pro`;\n  the paid ones on monthly subscriptions); they come back after every reset. This is a\n  stub control, not part of the product's contract.\n- **Ownership.** A consultation that belongs to another user is answered `404`, as an\n  unknown id is: the stub does not reveal that it exists.\n- **Errors.** Every error, including request-validation errors, uses the envelope\n  `{\"success\":false,\"error\":{code,message,details,wisdom,recovery,context,requestId,timestamp}}`.\n  `code` is one of the prose's error codes (the enum of `ErrorBody.code`, each with its\n  status: 400 `VALIDATION_ERROR`, 401 `AUTHENTICATION_ERROR`, 403 `AUTHORIZATION_ERROR`,\n  404 `NOT_FOUND`, 429 `RATE_LIMIT_EXCEEDED`, 402 `SUBSCRIPTION_REQUIRED`, 503\n  `AI_SERVICE_ERROR`, 502 `INTEGRATION_ERROR`, 500 `INTERNAL_ERROR`); a wrong method gets\n  `405` with code `METHOD_NOT_ALLOWED` (the one code the prose lacks) and an `Allow` header;\n  a malformed, oversized or non-JSON body `400`/`413`/`415` with code\n  `VALIDATION_ERROR`. `details` is a list of `{field, message}` for validation errors\n  (`field` as `body.question`, `query.limit`) and an object otherwise. Every code has its\n  own `wisdom` (a Chinese quote, its pinyin, translation, explanation and guidance),\n  `recovery` and `context`.\n- **Bodies.** Operations with a request body take `application/json` only (`415`\n  otherwise), at most 1 MiB (`413`); malformed JSON gets `400`. Schemas are closed:\n  an unknown field gets `400`. Query parameters no operation declares are ignored.\n- **Prefer.** `Prefer: code=<status>, example=<name>, dynamic=true, seed=<n>` (or the\n  `__code`/`__example`/`__dynamic`/`__seed` query parameters when no `Prefer` header is\n  sent) forces a documented answer without running authentication, validation or state.\n- **500, 502 and 503.** `500 INTERNAL_ERROR`, `503 AI_SERVICE_ERROR` and\n  `502 INTEGRATION_ERROR` (an external service failed: the calendar provider, or the\n  payment provider when subscribing; declared on those operations) are documented but\n  the stub only produces them on request (`Prefer: code=502`).\n- **Storage limits.** The stub keeps what it is sent within fixed limits, oldest first, so\n  no client can exhaust its memory. A user keeps at most 1,000 consultations and 4 MiB of\n  them (counted as 2 bytes a character: a few hundred readings); past either, the user's\n  oldest consultations go (`404` afterwards, and they leave history, stats and exports).\n  The stub keeps at most 2,000 consultations and 20 MiB of them in all, and 1,000 users;\n  past any of these, those used least recently go (a user who goes gets `401` on their\n  token).\n"
  },
  "servers": [
    {
      "url": "http://127.0.0.1:4010/sage",
      "description": "All APIs in one server (`npx contract-stubs start`); this API is mounted under `/sage`."
    },
    {
      "url": "http://127.0.0.1:4010",
      "description": "This API alone (`npx contract-stubs start --api sage`), served at the root."
    }
  ],
  "security": [
    {
      "bearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "auth",
      "description": "Registration, login, token refresh (with rotation) and logout."
    },
    {
      "name": "consultation",
      "description": "I Ching consultations, streamed or not, their history, notes and costs."
    },
    {
      "name": "ai",
      "description": "AI helper services (personality, cultural context, model selection, costs)."
    },
    {
      "name": "guidance",
      "description": "Daily and custom guidance."
    },
    {
      "name": "user",
      "description": "The user's profile, analytics and cultural progression."
    },
    {
      "name": "subscription",
      "description": "Paid tiers and Stripe's webhook."
    },
    {
      "name": "cultural",
      "description": "Cultural knowledge assessment and content."
    },
    {
      "name": "analytics",
      "description": "Client performance and user-experience metrics, stored and summarised."
    },
    {
      "name": "integration",
      "description": "Simulated calendar integration."
    },
    {
      "name": "admin",
      "description": "Users, hexagram content and platform analytics, for the admin role only."
    }
  ],
  "paths": {
    "/api/auth/register": {
      "post": {
        "operationId": "register",
        "summary": "Register an account",
        "tags": [
          "auth"
        ],
        "security": [],
        "description": "Creates an account (tier `free`, `onboardingCompleted: false`) and signs it in: the\nanswer carries a session like login's. `preferences` is optional; what is sent is\nmerged over the defaults (`balanced`, `09:00`, `UTC`). `timezone` must be an IANA time\nzone (`America/New_York`), `guidanceTime` `HH:MM` (24 h). Emails are compared\ncase-insensitively and stored lower-case.\n\nThe prose shows different user objects for register and login; both answer the same\n`AuthUser` here (the examples are completed accordingly). Registering signs in, so\n`lastLoginAt` equals `createdAt`.\n\nErrors: `400` a missing or malformed field, a password under 8 characters, an unknown\ntime zone; `409` (code `VALIDATION_ERROR`, `details` naming `body.email`) the email\nis already registered.\n\n**Session creation limit.** At most 100 sessions a minute may be created from one client\naddress (fixed one-minute windows), so that one client cannot evict every other user's\nsession from the stub's capped store: the 101st gets `429` with `Retry-After` (seconds);\nanswers under the limit carry no rate-limit header. Every registration counts, as every\nlogin does (both start a session). `POST /__stubs/reset` clears the count and\n`--no-rate-limits` turns it off. Through MSW every request comes from one address.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RegisterRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "email": "user@example.com",
                    "password": "securePassword123",
                    "displayName": "John Doe",
                    "preferences": {
                      "interpretationStyle": "balanced",
                      "guidanceTime": "09:00",
                      "timezone": "America/New_York"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new account, signed in.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuthResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example (completed with preferences and lastLoginAt)",
                    "value": {
                      "success": true,
                      "data": {
                        "user": {
                          "id": "123e4567-e89b-12d3-a456-426614174000",
                          "email": "user@example.com",
                          "displayName": "John Doe",
                          "subscriptionTier": "free",
                          "onboardingCompleted": false,
                          "preferences": {
                            "interpretationStyle": "balanced",
                            "guidanceTime": "09:00",
                            "timezone": "America/New_York"
                          },
                          "createdAt": "2025-07-30T10:00:00Z",
                          "lastLoginAt": "2025-07-30T10:00:00Z"
                        },
                        "session": {
                          "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...",
                          "refreshToken": "def50200...",
                          "expiresAt": "2025-07-30T14:00:00Z"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "409": {
            "$ref": "#/components/responses/EmailTaken"
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
    "/api/auth/login": {
      "post": {
        "operationId": "login",
        "summary": "Sign in",
        "tags": [
          "auth"
        ],
        "security": [],
        "description": "Checks the password and starts a new session (earlier sessions keep working until they\nexpire or log out). `lastLoginAt` becomes now.\n\nErrors: `400` missing or malformed field; `401` (`AUTHENTICATION_ERROR`) unknown email\nor wrong password, with the same message for both.\n\n**Session creation limit.** At most 100 sessions a minute may be created from one client\naddress (fixed one-minute windows), so that one client cannot evict every other user's\nsession from the stub's capped store: the 101st gets `429` with `Retry-After` (seconds);\nanswers under the limit carry no rate-limit header. Every login counts, as every\nregistration does (both start a session), whether or not its password is right.\n`POST /__stubs/reset` clears the count and `--no-rate-limits` turns it off. Through MSW\nevery request comes from one address.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/LoginRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "email": "user@example.com",
                    "password": "securePassword123"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The account, signed in.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuthResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example (completed with onboardingCompleted and createdAt)",
                    "value": {
                      "success": true,
                      "data": {
                        "user": {
                          "id": "123e4567-e89b-12d3-a456-426614174000",
                          "email": "user@example.com",
                          "displayName": "John Doe",
                          "subscriptionTier": "premium",
                          "onboardingCompleted": false,
                          "preferences": {
                            "interpretationStyle": "balanced",
                            "guidanceTime": "09:00",
                            "timezone": "America/New_York"
                          },
                          "createdAt": "2025-06-15T10:00:00Z",
                          "lastLoginAt": "2025-07-30T10:00:00Z"
                        },
                        "session": {
                          "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...",
                          "refreshToken": "def50200...",
                          "expiresAt": "2025-07-30T14:00:00Z"
                        }
                      }
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
    "/api/auth/refresh": {
      "post": {
        "operationId": "refreshToken",
        "summary": "Refresh the access token",
        "tags": [
          "auth"
        ],
        "security": [],
        "description": "The prose sends the refresh token twice, in `Authorization: Bearer <refreshToken>` and\nin the body. Decision: either place is enough; when both are sent they must be the\nsame token (`400` otherwise). An access token is refused here (`401`).\n\nRefreshing rotates: the answer carries a new `refreshToken` (the prose's example lacks\nit; it is added) and the old one stops working. `expiresAt` is the new access token's\nexpiry (4 hours).\n\nErrors: `400` the two tokens differ, or a malformed body; `401` no refresh token, an\ninvalid, expired, rotated or revoked one, or an access token.\n",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RefreshRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "refreshToken": "def50200..."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A new access token and the rotated refresh token.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RefreshResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example (with the rotated refresh token)",
                    "value": {
                      "success": true,
                      "data": {
                        "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...",
                        "refreshToken": "def50201...",
                        "expiresAt": "2025-07-30T14:00:00Z"
                      }
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
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/auth/logout": {
      "post": {
        "operationId": "logout",
        "summary": "Sign out",
        "tags": [
          "auth"
        ],
        "description": "Revokes the session of the access token: that access token and the session's refresh\ntoken get `401` from now on. Other sessions of the same user are untouched. No body.\n\nErrors: `401` missing, invalid, expired or already revoked access token.\n",
        "responses": {
          "200": {
            "description": "Signed out.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LogoutResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "message": "Successfully logged out"
                    }
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
      }
    },
    "/api/consultation/create": {
      "post": {
        "operationId": "createConsultation",
        "summary": "Create a consultation",
        "tags": [
          "consultation"
        ],
        "description": "Casts a hexagram (three-coin method, see `info.description`), builds the traditional,\npersonal and practical interpretations from the hexagram, the question and the\ncategory, stores the consultation and answers it.\n\nThe model is chosen from `aiOptions.modelPreference` (`auto` by default: `gpt-4` when\nthe question's complexity score is at least 0.5, else `gpt-3.5-turbo`; see\n`POST /api/ai/model-selection`). Costs: `gpt-4` 0.04 and `gpt-3.5-turbo` 0.006 per 1000\ntokens. `context.complexity` `high` raises the score, `low` lowers it;\n`context.urgency` `high` makes the question urgent for the personality (see\n`POST /api/ai/detect-personality`: an urgent question is read by `guiding` or\n`insightful`, never `contemplative`); `previousConsultations` is accepted and does\nnot change the reading. `culturalDepth` defaults to the user's `preferences.culturalDepth` and is\nstored with the consultation. A repeated question pattern may come from the cache (see\n`info.description`).\n\nWith `aiOptions.streamResponse: true` the answer is the event stream of\n`POST /api/consultation/create-stream` (201, `text/event-stream`).\n\n**Two shapes, both served.** The prose shows a consultation twice, differently: its\nexample answers (`interpretations.personal`, `practical.nextSteps`/`riskFactors`,\n`aiContext`, `favorite`) and its TypeScript data model (`hexagramData.symbolism`,\n`interpretations.ai`, `practical.keyInsights`/`actionSteps`/`reflectionQuestions`,\n`analytics`, `isBookmarked`). A frontend may have been written against either (the\nexamples show the wire, the model is what gets pasted into a client), and no field\nof one contradicts the other, so every consultation carries both: the model's\nfields restate the same facts under the model's names (`interpretations.ai.content`\nis `personal.interpretation`, `actionSteps` is `nextSteps`, `analytics` mirrors\n`aiContext` and `rating`, `isBookmarked` is `favorite`) and stay equal to them,\n`PATCH` included. Only `symbolism` (the trigrams' names and the upper trigram's\nelement, season and direction), `culturalElements` and `reflectionQuestions` are\nnew content. The history list keeps its own short form.\n\nRate limit (per user, shared with `create-stream`): free 3, premium 50, pro 200 per\nhour.\n\nErrors: `400` a question under 10 or over 500 characters, an unknown category, a\nmalformed field; `401`; `429` the hourly limit is spent.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateConsultationRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "question": "Should I make a career change right now?",
                    "category": "career",
                    "context": {
                      "complexity": "medium",
                      "urgency": "medium",
                      "previousConsultations": 3
                    },
                    "aiOptions": {
                      "streamResponse": false,
                      "useCache": true,
                      "modelPreference": "auto"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The stored consultation (JSON), or its event stream when `aiOptions.streamResponse` is true.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/XRateLimitLimit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/XRateLimitRemaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/XRateLimitReset"
              },
              "X-RateLimit-Tier": {
                "$ref": "#/components/headers/XRateLimitTier"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConsultationResponse"
                },
                "examples": {
                  "fresh": {
                    "$ref": "#/components/examples/FreshConsultation"
                  },
                  "cached": {
                    "$ref": "#/components/examples/CachedConsultation"
                  }
                }
              },
              "text/event-stream": {
                "schema": {
                  "$ref": "#/components/schemas/ConsultationEventStream"
                },
                "examples": {
                  "stream": {
                    "$ref": "#/components/examples/ConsultationStream"
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
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/AiServiceError"
          }
        }
      }
    },
    "/api/consultation/create-stream": {
      "post": {
        "operationId": "createConsultationStream",
        "summary": "Create a consultation, streamed",
        "tags": [
          "consultation"
        ],
        "description": "Creates and stores the consultation exactly as `POST /api/consultation/create` does,\nand answers `201` with its reading as Server-Sent Events\n(`Content-Type: text/event-stream`), paced by the server's `--stream-delay`:\n\n| event | data | when |\n| --- | --- | --- |\n| `hexagram` | `{\"hexagram\": HexagramData}` | first: the cast |\n| `personality` | `{\"state\",\"reasoning\",\"indicators\"}` | second: the AI personality used |\n| `ai-chunk` | `{\"chunk\",\"chunkIndex\",\"section\"}` | several: the personal interpretation (`section: ai`), then the practical guidance (`section: practical`); `chunkIndex` counts from 1 |\n| `complete` | `{\"consultation\":{\"id\",\"aiPersonalityState\",\"costOptimization\":{\"cacheHit\",\"modelUsed\",\"cost\"}}}` | last |\n\nThe `ai` chunks concatenated are `interpretations.personal.interpretation`. The\nconsultation is stored before the first event, so `GET /api/consultation/{id}` with the\nid of `complete` reads it (also when the client leaves mid-stream).\n`preferredPersonality` sets the personality; without it, it is detected from the\nquestion (see `POST /api/ai/detect-personality`). `aiOptions.forceModel` works as\n`modelPreference`; `enableCaching` as `useCache`. `streamingSpeed` and\n`costOptimization` are accepted and change nothing in the stub (the pace is the\nserver's). `context.previousConsultations` here is a list of ids (in the basic create\nit is a count); like `currentLifeSituation` it is accepted and does not change the\nreading, which follows from the cast, the question, the category and the personality.\n`context.urgency` `high` makes the question urgent, as in `POST /api/consultation/create`.\n\nRate limit: shared with `POST /api/consultation/create`.\n\nErrors: as `POST /api/consultation/create`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateStreamRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "question": "Should I make a career change right now?",
                    "category": "career",
                    "culturalDepth": 1,
                    "preferredPersonality": "contemplative",
                    "context": {
                      "previousConsultations": [
                        "cons_abc123",
                        "cons_def456"
                      ],
                      "currentLifeSituation": "Considering major career transition",
                      "urgency": "medium"
                    },
                    "aiOptions": {
                      "enableCaching": true,
                      "forceModel": "auto",
                      "streamingSpeed": "medium",
                      "costOptimization": true
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The consultation was stored; its events follow as they are produced.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/XRateLimitLimit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/XRateLimitRemaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/XRateLimitReset"
              },
              "X-RateLimit-Tier": {
                "$ref": "#/components/headers/XRateLimitTier"
              }
            },
            "content": {
              "text/event-stream": {
                "schema": {
                  "$ref": "#/components/schemas/ConsultationEventStream"
                },
                "x-sse-events": {
                  "hexagram": {
                    "$ref": "#/components/schemas/SseHexagram"
                  },
                  "personality": {
                    "$ref": "#/components/schemas/SsePersonality"
                  },
                  "ai-chunk": {
                    "$ref": "#/components/schemas/SseAiChunk"
                  },
                  "complete": {
                    "$ref": "#/components/schemas/SseComplete"
                  }
                },
                "examples": {
                  "stream": {
                    "$ref": "#/components/examples/ConsultationStream"
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
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/AiServiceError"
          }
        }
      }
    },
    "/api/consultation/costs": {
      "get": {
        "operationId": "getConsultationCosts",
        "summary": "AI cost analytics of the user's consultations",
        "tags": [
          "consultation"
        ],
        "description": "Computed from the caller's consultations created in the period ending now (`day` 24 h,\n`week` 7 days, `month` 30 days, `year` 365 days; default `month`).\n`totalSpent` sums `actualCost`, `totalSaved` the savings of cache hits (their\n`originalCost`), `savingsRate` is `totalSaved / (totalSpent + totalSaved)` (0 without\ncosts), `cacheHitRate` the share of cache hits. `modelUsage` always lists the three\nmodels. Amounts are in US dollars, rounded to 4 decimals.\n\nErrors: `400` an unknown period; `401`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/Period"
          }
        ],
        "responses": {
          "200": {
            "description": "The cost analytics.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CostsResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "costAnalytics": {
                          "period": "month",
                          "totalConsultations": 23,
                          "costBreakdown": {
                            "totalSpent": 0.67,
                            "avgPerConsultation": 0.029,
                            "cacheHitRate": 0.82,
                            "savings": {
                              "totalSaved": 2.14,
                              "savingsRate": 0.76
                            }
                          },
                          "modelUsage": {
                            "gpt-4": {
                              "count": 12,
                              "cost": 0.54
                            },
                            "gpt-3.5-turbo": {
                              "count": 4,
                              "cost": 0.13
                            },
                            "cache": {
                              "count": 19,
                              "cost": 0
                            }
                          }
                        }
                      }
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
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/consultation/history": {
      "get": {
        "operationId": "getConsultationHistory",
        "summary": "The user's consultation history",
        "tags": [
          "consultation"
        ],
        "description": "The caller's consultations, newest first, filtered and paginated. Filters combine with\nAND: `category`; `tags` (comma-separated, a consultation matches when it has every\nlisted tag, compared case-insensitively); `startDate`/`endDate` (a date `2025-07-01` or\na date-time; a bare `endDate` date includes that whole day, UTC); `favorite=true` only\nfavorites, `favorite=false` only the others. `total` counts every match, `hasMore` is\n`offset + returned < total`. An offset past the end answers an empty page.\n\nErrors: `400` `limit` outside 1–100, a negative `offset`, a malformed date, `startDate`\nafter `endDate`; `401`.\n",
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "description": "Page size (default 20, at most 100).",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 20
            }
          },
          {
            "name": "offset",
            "in": "query",
            "description": "How many matches to skip (default 0).",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            }
          },
          {
            "name": "category",
            "in": "query",
            "description": "Only this category.",
            "schema": {
              "$ref": "#/components/schemas/Category"
            }
          },
          {
            "name": "tags",
            "in": "query",
            "description": "Comma-separated tags (`tags=career,timing`; the comma may be sent as is); a consultation must have all of them.",
            "allowReserved": true,
            "schema": {
              "type": "string",
              "maxLength": 500
            }
          },
          {
            "name": "startDate",
            "in": "query",
            "description": "Created at or after (ISO 8601 date or date-time).",
            "schema": {
              "$ref": "#/components/schemas/DateOrDateTime"
            }
          },
          {
            "name": "endDate",
            "in": "query",
            "description": "Created at or before (ISO 8601 date or date-time; a date includes the whole day).",
            "schema": {
              "$ref": "#/components/schemas/DateOrDateTime"
            }
          },
          {
            "name": "favorite",
            "in": "query",
            "description": "`true`: favorites only; `false`: non-favorites only.",
            "schema": {
              "type": "boolean"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "One page of the history.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HistoryResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example (hexagram corrected to a real cast)",
                    "value": {
                      "success": true,
                      "data": {
                        "consultations": [
                          {
                            "id": "cons_123e4567e89b12d3a456426614174000",
                            "question": "Should I make a career change right now?",
                            "category": "career",
                            "hexagramData": {
                              "number": 25,
                              "name": "Innocence (The Unexpected)",
                              "chineseName": "無妄"
                            },
                            "userNotes": "This reading really resonated with me...",
                            "tags": [
                              "career",
                              "timing",
                              "transition"
                            ],
                            "favorite": true,
                            "rating": 5,
                            "createdAt": "2025-07-30T10:30:00Z"
                          }
                        ],
                        "pagination": {
                          "total": 45,
                          "limit": 20,
                          "offset": 0,
                          "hasMore": true
                        }
                      }
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
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/consultation/{consultationId}": {
      "parameters": [
        {
          "name": "consultationId",
          "in": "path",
          "required": true,
          "description": "The consultation id (`cons_` or `cons_cached_` plus 32 hex digits).",
          "schema": {
            "type": "string",
            "pattern": "^cons_[A-Za-z0-9_]{1,64}$"
          }
        }
      ],
      "get": {
        "operationId": "getConsultation",
        "summary": "Read a consultation",
        "tags": [
          "consultation"
        ],
        "description": "The stored consultation, in the same shape as the create answer, with the notes, tags,\nfavorite flag and rating set since.\n\nErrors: `400` a malformed id; `401`; `404` no consultation of the caller has this id\n(another user's is `404` too).\n",
        "responses": {
          "200": {
            "description": "The consultation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConsultationResponse"
                },
                "examples": {
                  "fresh": {
                    "$ref": "#/components/examples/FreshConsultation"
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
      "patch": {
        "operationId": "updateConsultation",
        "summary": "Update notes, tags, favorite and rating",
        "tags": [
          "consultation"
        ],
        "description": "Sets what is sent and keeps the rest: `userNotes` (at most 5000 characters; an empty\nstring clears them), `tags` (replaces the list; at most 20 tags of 1–50 characters,\nstored lower-case and de-duplicated), `favorite` (or its data-model name `isBookmarked`;\nboth may be sent only when equal, else `400` naming `body.isBookmarked`), `rating`\n(1–5; also `analytics.userSatisfaction`). At least one field. The answer is the\nprose's short form, with `isBookmarked` beside `favorite`; `userNotes` and `rating`\nare left out while unset.\n\nErrors: `400` an empty body, a rating outside 1–5, a malformed field; `401`; `404` as\n`GET`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateConsultationRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "userNotes": "This reading really resonated with me. The timing advice feels spot on given my current situation at work.",
                    "tags": [
                      "career",
                      "timing",
                      "transition"
                    ],
                    "favorite": true,
                    "rating": 5
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated fields.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UpdateConsultationResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "consultation": {
                          "id": "cons_123e4567e89b12d3a456426614174000",
                          "userNotes": "This reading really resonated with me...",
                          "tags": [
                            "career",
                            "timing",
                            "transition"
                          ],
                          "favorite": true,
                          "isBookmarked": true,
                          "rating": 5,
                          "updatedAt": "2025-07-30T11:00:00Z"
                        }
                      }
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
    "/api/ai/detect-personality": {
      "post": {
        "operationId": "detectPersonality",
        "summary": "Detect the AI personality for a question",
        "tags": [
          "ai"
        ],
        "description": "Scores the three personalities from the question's words (reflection and timing words\nsuch as \"should\", \"change\", \"future\" favour `contemplative`; \"why\", \"meaning\",\n\"pattern\" favour `insightful`; \"how\", \"steps\", \"plan\" favour `guiding`) and from\n`userHistory` (a `preferredStyle` other than `balanced` adds to that style; high\nsatisfaction with earlier consultations of the same category raises the confidence).\nAn urgent question (one with \"urgent\", \"urgently\", \"emergency\", \"immediately\", \"asap\",\n\"hurry\", \"tonight\", \"deadline\", \"crisis\" or \"quickly\", or a consultation sent with\n`context.urgency: high`) wants directive steps, not reflection: its urgency counts for\n`guiding`, `contemplative` scores at most 0.4 (below the others' base) and is never\nrecommended, and `contextFactors` lists `urgency`. \"Right now\" alone is timing, not\nurgency: the prose's \"Should I make a career change right now?\" stays contemplative.\nThe best score is recommended; the two others are the alternatives, best first.\nScores and confidence are between 0 and 1.\n\nErrors: `400` a missing question (10–500 characters) or malformed field; `401`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DetectPersonalityRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "question": "Should I make a career change right now?",
                    "userHistory": {
                      "recentConsultations": [
                        {
                          "question": "How should I approach my job interview?",
                          "category": "career",
                          "satisfaction": 5
                        }
                      ],
                      "preferences": {
                        "preferredStyle": "balanced",
                        "averageSessionLength": 8
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The recommended personality.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DetectPersonalityResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "recommendedPersonality": "contemplative",
                        "confidence": 0.87,
                        "reasoning": {
                          "questionAnalysis": "Question shows deep reflection and long-term thinking",
                          "historyInfluence": "Previous career-focused consultations suggest thoughtful approach",
                          "contextFactors": [
                            "career_transition",
                            "thoughtful_language",
                            "timing_focus"
                          ]
                        },
                        "alternatives": [
                          {
                            "personality": "guiding",
                            "score": 0.72,
                            "rationale": "Could provide directive action steps"
                          },
                          {
                            "personality": "insightful",
                            "score": 0.65,
                            "rationale": "Could reveal deeper patterns"
                          }
                        ]
                      }
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
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/AiServiceError"
          }
        }
      }
    },
    "/api/ai/cultural-context": {
      "post": {
        "operationId": "culturalContext",
        "summary": "Add cultural context to a text and check it",
        "tags": [
          "ai"
        ],
        "description": "Finds the hexagram names the text mentions (English names as written, capitalised, whole\nwords; \"Innocence (The Unexpected)\" is found as `Innocence`) and, at depth 2, the trigram\nnames (case-insensitive) and returns one `culturalElements` entry for each (hexagrams\n`category: hexagram`, trigrams `category: trigram`), with its Chinese name and pinyin;\n`enhancedText` adds `(<Chinese>, <pinyin>)` after the first mention of each hexagram.\nElements are given only up to `currentDepth` (hexagrams are depth 1, trigrams depth 2).\n\nValidation flags disrespectful or reductive wording (\"fortune telling\",\n\"superstition\", \"magic\", \"oriental\", \"exotic\", \"mystical orient\"): each flag lowers\n`sensitivityScore` by 0.2 (from 0.95) and makes `respectfulLanguage` false.\n`progressionSuggestions.canAdvance` is true at depth 1 once the caller has 10\nconsultations.\n\nErrors: `400` missing text (1–5000 characters) or malformed field; `401`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CulturalContextRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "text": "The hexagram Peace suggests harmony between heaven and earth",
                    "currentDepth": 1,
                    "userFamiliarity": "beginner"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The enhanced text and its validation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CulturalContextResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "enhancedText": "The hexagram Peace (泰, Tài) suggests harmony between heaven and earth, representing the ideal balance of celestial wisdom and earthly practicality...",
                        "culturalElements": [
                          {
                            "term": "Peace",
                            "chinese": "泰",
                            "pinyin": "Tài",
                            "explanation": "Represents prosperity, peace, and the ideal harmony between opposing forces",
                            "depth": 1,
                            "category": "philosophy"
                          }
                        ],
                        "validation": {
                          "sensitivityScore": 0.95,
                          "culturalAccuracy": 0.92,
                          "respectfulLanguage": true,
                          "flaggedConcerns": []
                        },
                        "progressionSuggestions": {
                          "canAdvance": false,
                          "requirements": [
                            "Complete 10 consultations",
                            "Cultural familiarity assessment"
                          ],
                          "benefits": [
                            "Deeper traditional context",
                            "Chinese philosophical concepts"
                          ]
                        }
                      }
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
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/AiServiceError"
          }
        }
      }
    },
    "/api/ai/model-selection": {
      "post": {
        "operationId": "selectModel",
        "summary": "Recommend a model for a question",
        "tags": [
          "ai"
        ],
        "description": "The complexity score (0–1) grows with the question's length and with words of\nuncertainty and weight (\"should\", \"change\", \"decision\", \"relationship\", \"career\",\n\"future\", \"why\", …); earlier simple questions (`complexity` under 0.5 in\n`userHistory`) do not lower it. `quality` adds 0.15, `cost` subtracts 0.15. At 0.5 or\nmore `gpt-4` is recommended, below `gpt-3.5-turbo`. Cost estimates assume 450 tokens\n(`gpt-4` 0.018, `gpt-3.5-turbo` 0.0027 US dollars).\n\nErrors: `400` missing question or malformed field; `401`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ModelSelectionRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "question": "Should I make a career change?",
                    "userHistory": [
                      {
                        "question": "How to handle work stress?",
                        "category": "career",
                        "complexity": 0.3
                      }
                    ],
                    "preferredBalance": "balanced"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The recommended model.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ModelSelectionResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "recommendedModel": "gpt-4",
                        "confidence": 0.89,
                        "reasoning": {
                          "complexityScore": 0.75,
                          "historyInfluence": "Previous simple questions, this one requires deeper analysis",
                          "costImplication": {
                            "estimatedCost": 0.018,
                            "potentialSavings": 0
                          }
                        },
                        "alternatives": [
                          {
                            "model": "gpt-3.5-turbo",
                            "score": 0.45,
                            "costDifference": -0.015,
                            "qualityTrade-off": "May miss nuanced career guidance"
                          }
                        ]
                      }
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
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/AiServiceError"
          }
        }
      }
    },
    "/api/ai/cost-analytics": {
      "get": {
        "operationId": "getAiCostAnalytics",
        "summary": "AI cost summary and optimisation advice",
        "tags": [
          "ai"
        ],
        "description": "The same figures as `GET /api/consultation/costs` for the same period, summarised per\nmodel (`modelUsage` counts consultations answered by a model, not cache hits).\n`potentialSavings` is what the `gpt-4` consultations would have cost less on\n`gpt-3.5-turbo`; `cacheEfficiency` equals `cacheHitRate`. The recommendations follow\nthose figures: \"Use GPT-3.5 for simple follow-up questions\" whenever\n`potentialSavings` is above 0, \"Enable caching for common consultation patterns\" when\nthe cache hit rate is under 0.5; with neither, \"Your usage is already cost-efficient\"\n(never beside savings still to make), or \"No consultations in this period yet\".\n\nErrors: `400` an unknown period; `401`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/Period"
          }
        ],
        "responses": {
          "200": {
            "description": "The cost summary.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AiCostAnalyticsResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "summary": {
                          "totalSpent": 0.67,
                          "totalSaved": 2.14,
                          "averageCostPerConsultation": 0.029,
                          "cacheHitRate": 0.82,
                          "savingsRate": 0.76
                        },
                        "modelUsage": {
                          "gpt-3.5-turbo": {
                            "consultations": 15,
                            "totalCost": 0.18,
                            "averageCost": 0.012
                          },
                          "gpt-4": {
                            "consultations": 8,
                            "totalCost": 0.49,
                            "averageCost": 0.061
                          }
                        },
                        "optimization": {
                          "recommendations": [
                            "Use GPT-3.5 for simple follow-up questions",
                            "Enable caching for common consultation patterns"
                          ],
                          "potentialSavings": 0.45,
                          "cacheEfficiency": 0.82
                        }
                      }
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
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/guidance/daily": {
      "get": {
        "operationId": "getDailyGuidance",
        "summary": "The day's guidance",
        "tags": [
          "guidance"
        ],
        "description": "One hexagram per user and date, chosen deterministically from both (the same user\ngets the same guidance for the same date, whatever the seed or the order of\nrequests; the first answer is stored and repeated). `date` defaults to today in the\nuser's time zone. `personalizedInsights.basedOnHistory` is computed from the user's\nconsultations.\n\nCalendar: when a connected calendar has been synced (`POST /api/integration/calendar/sync`)\nand has events on that date (in the user's time zone), `calendarContext` names the\nday's important events (review, interview, presentation, deadline, negotiation) with\ntheir local start time, as the prose's \"With your important meeting at 2 PM…\", and\n`nextSteps` prepares for the first of them; a day with only ordinary events gets a\ncontext that counts them. `aiContext.personalizedElements` then lists\n`calendar_events` (between `consultation_history`, present once the user has\nconsultations, and `user_preferences`, always present). `calendarContext` is left\nout when no calendar is connected, it was never synced, or it has nothing on that\ndate. Connecting or syncing forgets the stored guidance of today and later days, so\nthe next read uses the new events (the hexagram, `id` and `dailyMessage` stay the\nsame: they depend on the user and the date only).\n\nRate limit: free 10 per day; premium and pro unlimited (no `X-RateLimit-*` headers).\n\nErrors: `400` a date that is not `YYYY-MM-DD`; `401`; `429`.\n",
        "parameters": [
          {
            "name": "date",
            "in": "query",
            "description": "The day, `YYYY-MM-DD` (default today in the user's time zone).",
            "schema": {
              "type": "string",
              "format": "date"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The guidance of that day.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/XRateLimitLimit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/XRateLimitRemaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/XRateLimitReset"
              },
              "X-RateLimit-Tier": {
                "$ref": "#/components/headers/XRateLimitTier"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DailyGuidanceResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "guidance": {
                          "id": "guide_123e4567e89b12d3a456426614174000",
                          "userId": "123e4567-e89b-12d3-a456-426614174000",
                          "date": "2025-07-30",
                          "hexagram": {
                            "number": 11,
                            "name": "Peace",
                            "chineseName": "泰",
                            "symbol": "䷊"
                          },
                          "dailyMessage": {
                            "theme": "Harmony and Balance",
                            "guidance": "Today brings an opportunity for peace and harmony in your endeavors. The energy supports bringing together opposing forces in your life...",
                            "focusAreas": [
                              "Relationships and communication",
                              "Work-life balance",
                              "Inner peace and reflection"
                            ],
                            "avoidToday": [
                              "Forcing outcomes",
                              "Ignoring small warning signs",
                              "Taking current harmony for granted"
                            ]
                          },
                          "personalizedInsights": {
                            "basedOnHistory": "Your recent consultations show a pattern of seeking balance in professional matters. Today's energy supports the decisions you've been contemplating.",
                            "calendarContext": "With your important meeting at 2 PM, approach it with the calm confidence that Peace represents.",
                            "nextSteps": "Take time for quiet reflection this morning before engaging in important conversations."
                          },
                          "aiContext": {
                            "generatedAt": "2025-07-30T06:00:00Z",
                            "personalizedElements": [
                              "consultation_history",
                              "calendar_events",
                              "user_preferences"
                            ],
                            "confidence": 0.91
                          },
                          "createdAt": "2025-07-30T06:00:00Z"
                        }
                      }
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
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/guidance/generate": {
      "post": {
        "operationId": "generateGuidance",
        "summary": "Custom guidance for a focus area",
        "tags": [
          "guidance"
        ],
        "description": "Premium and pro only: free users get `402 SUBSCRIPTION_REQUIRED` (the prose's \"0/day\").\nPicks one of the hexagrams traditionally read for the focus area (seeded), and builds\nthe guidance, action steps (one per concern, then the focus area's own) and timing\n(from `context.timeframe`) from it. Not stored.\n\nRate limit: premium 5, pro 20 per day.\n\nErrors: `400` an unknown focus area or malformed field; `401`; `402` free tier; `429`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GenerateGuidanceRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "focusArea": "decision_making",
                    "context": {
                      "situation": "Considering a major life change",
                      "timeframe": "next_month",
                      "concerns": [
                        "financial_stability",
                        "family_impact"
                      ]
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The custom guidance.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/XRateLimitLimit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/XRateLimitRemaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/XRateLimitReset"
              },
              "X-RateLimit-Tier": {
                "$ref": "#/components/headers/XRateLimitTier"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CustomGuidanceResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "guidance": {
                          "id": "guide_custom_123e4567e89b12d3a456426614174000",
                          "type": "custom",
                          "focusArea": "decision_making",
                          "hexagram": {
                            "number": 3,
                            "name": "Difficulty at the Beginning",
                            "chineseName": "屯"
                          },
                          "guidance": "Major life changes often begin with a period of difficulty and uncertainty...",
                          "actionSteps": [
                            "Create a detailed financial plan for the transition",
                            "Discuss concerns openly with family members",
                            "Seek advice from others who have made similar changes"
                          ],
                          "timing": "Allow 2-3 months for careful preparation before implementing changes",
                          "createdAt": "2025-07-30T14:30:00Z"
                        }
                      }
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
          "402": {
            "$ref": "#/components/responses/SubscriptionRequired"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/AiServiceError"
          }
        }
      }
    },
    "/api/user/profile": {
      "get": {
        "operationId": "getProfile",
        "summary": "The user's profile",
        "tags": [
          "user"
        ],
        "description": "The prose gives this operation twice with two shapes (an \"enhanced\" profile: extra\npreferences and `analytics`; a \"basic\" one: `privacy`, `statistics`, `cancelAtPeriodEnd`).\nDecision: one `Profile` carrying both: the full preferences, `analytics` and\n`statistics` (the same figures, computed from the user's consultations), and the\nsubscription with `cancelAtPeriodEnd`. The example merges the prose's two.\n\nStreaks count consecutive UTC days with at least one consultation (`currentStreak`\nends today or yesterday). `subscription` is left out for free users.\n`averageSessionDuration` (minutes) is not measured by the stub and stays 0.\n\nRate limit: all `GET /api/user/*` together, free 100, premium 500, pro 1000 per hour.\n\nErrors: `401`; `429`.\n",
        "responses": {
          "200": {
            "description": "The profile.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/XRateLimitLimit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/XRateLimitRemaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/XRateLimitReset"
              },
              "X-RateLimit-Tier": {
                "$ref": "#/components/headers/XRateLimitTier"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProfileResponse"
                },
                "examples": {
                  "merged": {
                    "$ref": "#/components/examples/Profile"
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "patch": {
        "operationId": "updateProfile",
        "summary": "Update the profile",
        "tags": [
          "user"
        ],
        "description": "`displayName` replaces; `preferences` is merged deeply into the stored preferences\n(a nested object such as `notifications` is merged field by field, so sending one flag\nkeeps the others). `guidanceTime` must be `HH:MM` (24 h), `timezone` an IANA time\nzone. `onboardingCompleted` may be set. The answer is the whole updated profile.\n\nErrors: `400` an empty body, an unknown field, a malformed time, an unknown time zone;\n`401`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateProfileRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "displayName": "John Smith",
                    "preferences": {
                      "interpretationStyle": "traditional",
                      "guidanceTime": "07:30",
                      "notifications": {
                        "dailyGuidance": true,
                        "consultationReminders": true,
                        "weeklyInsights": false
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated profile.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProfileResponse"
                },
                "examples": {
                  "merged": {
                    "$ref": "#/components/examples/Profile"
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
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/user/analytics": {
      "get": {
        "operationId": "getUserAnalytics",
        "summary": "The user's consultation analytics",
        "tags": [
          "user"
        ],
        "description": "Computed from the user's consultations between `startDate` and `endDate` (dates,\ninclusive, UTC). Without them the range is the `period` (`day`, `week`, `month`,\n`year`; default `month`) ending today; with only one of them, the other is taken from\nthe period. `byCategory` lists all five categories. `avgRating` is left out when no\nconsultation in the range is rated; `mostActiveDay` (weekday, UTC) and `preferredTime`\n(the busiest UTC hour, `HH:00-HH:00`) when there is none. `themes` are the most\nfrequent keywords of the hexagrams cast. `favoriteHexagrams`: the three most cast,\nmost first.\n\nRate limit: as `GET /api/user/profile`.\n\nErrors: `400` an unknown period, a malformed date, `startDate` after `endDate`; `401`;\n`429`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/Period"
          },
          {
            "name": "startDate",
            "in": "query",
            "description": "First day (`YYYY-MM-DD`).",
            "schema": {
              "type": "string",
              "format": "date"
            }
          },
          {
            "name": "endDate",
            "in": "query",
            "description": "Last day (`YYYY-MM-DD`).",
            "schema": {
              "type": "string",
              "format": "date"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The analytics.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/XRateLimitLimit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/XRateLimitRemaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/XRateLimitReset"
              },
              "X-RateLimit-Tier": {
                "$ref": "#/components/headers/XRateLimitTier"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UserAnalyticsResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "analytics": {
                          "period": "month",
                          "startDate": "2025-07-01",
                          "endDate": "2025-07-30",
                          "consultations": {
                            "total": 15,
                            "byCategory": {
                              "career": 6,
                              "relationships": 4,
                              "spiritual": 3,
                              "health": 2
                            },
                            "avgRating": 4.6,
                            "favoriteHexagrams": [
                              {
                                "number": 11,
                                "name": "Peace",
                                "count": 3
                              },
                              {
                                "number": 1,
                                "name": "The Creative",
                                "count": 2
                              }
                            ]
                          },
                          "patterns": {
                            "mostActiveDay": "Tuesday",
                            "preferredTime": "09:00-10:00",
                            "consultationStreak": 12,
                            "themes": [
                              "transition",
                              "balance",
                              "decision-making"
                            ]
                          },
                          "insights": {
                            "personalGrowth": "You've shown consistent focus on career-related questions, indicating a period of professional development.",
                            "recommendations": [
                              "Consider exploring relationship-focused consultations for more balanced guidance",
                              "Your high rating of consultations suggests strong alignment with I Ching wisdom"
                            ]
                          }
                        }
                      }
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
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/user/cultural-progression": {
      "post": {
        "operationId": "culturalProgression",
        "summary": "Check or advance the cultural depth level",
        "tags": [
          "user"
        ],
        "description": "Two levels. `check` reports; `advance` moves from level 1 to 2 when the user has at\nleast 10 consultations (otherwise nothing changes and `requirements` says what is\nmissing); `revert` goes back to level 1. `currentLevel` must be the user's level\n(`400` otherwise, naming it). Level changes set `preferences.culturalDepth` (and\n`analytics.culturalProgressionDate` on advancing). `canAdvance` is true at level 1\nonce the requirements are met. `culturalKnowledgeAssessment` says whether the next\nlevel asks for the cultural knowledge assessment (informational until that\nassessment exists; not enforced); `timeRequirement` is informational too.\n\nErrors: `400` a malformed field or a wrong `currentLevel`; `401`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CulturalProgressionRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "action": "advance",
                    "currentLevel": 1,
                    "reason": "Completed cultural familiarity assessment"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The level after the action.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CulturalProgressionResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "currentLevel": 2,
                        "canAdvance": false,
                        "requirements": {
                          "consultationsNeeded": 0,
                          "culturalKnowledgeAssessment": true,
                          "timeRequirement": "30 days at level 1"
                        },
                        "benefits": [
                          "Access to traditional Chinese text with pinyin",
                          "Deeper cultural context in interpretations",
                          "Historical background for hexagrams"
                        ]
                      }
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
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/subscription/create": {
      "post": {
        "operationId": "createSubscription",
        "summary": "Subscribe to a paid tier",
        "tags": [
          "subscription"
        ],
        "description": "Starts (or replaces) the caller's subscription. The tier changes at once: the rate\nlimits of the new tier apply from the next request, and `X-RateLimit-Tier` says so.\nThe stub charges nothing; `paymentMethodId` must look like a Stripe payment method\n(`pm_…`). The period starts now and ends one month (`monthly`) or one year (`yearly`)\nlater; `nextBillingDate` is the period's end. Prices, in cents of `usd`: premium 699\nmonthly / 6990 yearly, pro 1499 monthly / 14990 yearly (the prose gives only premium\nmonthly, 699; the others are the stub's decision). Subscribing again replaces the\ncurrent subscription (a new `id`, a new period). `free` is not a subscription (`400`).\n\nErrors: `400` a missing or malformed field; `401`; `502` the payment provider failed\n(only on request).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateSubscriptionRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "tier": "premium",
                    "paymentMethodId": "pm_1234567890abcdef",
                    "billingCycle": "monthly"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The active subscription.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SubscriptionResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "subscription": {
                          "id": "sub_123e4567e89b12d3a456426614174000",
                          "tier": "premium",
                          "status": "active",
                          "currentPeriodStart": "2025-07-30T16:00:00Z",
                          "currentPeriodEnd": "2025-08-30T16:00:00Z",
                          "billingCycle": "monthly",
                          "amount": 699,
                          "currency": "usd",
                          "nextBillingDate": "2025-08-30T16:00:00Z"
                        }
                      }
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
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/IntegrationError"
          }
        }
      }
    },
    "/api/webhooks/stripe": {
      "post": {
        "operationId": "stripeWebhook",
        "summary": "Stripe's webhook",
        "tags": [
          "subscription"
        ],
        "security": [],
        "description": "Receives Stripe events. The `Stripe-Signature` header must be Stripe's:\n`t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<payload>\" under the signing secret>`\n(more `v1=` entries may follow; one must match). The signing secret is\n`whsec_contract_stubs_sage` unless the environment variable\n`SAGE_STRIPE_WEBHOOK_SECRET` says otherwise when the stub starts (Node only). `t` must\nbe within 300 seconds of the stub's clock (`--now` included), either way.\n\n**Payload.** The signature is checked over the body's bytes exactly as sent (Stripe's\nscheme), whatever their layout: compact or pretty-printed JSON is accepted when those\nare the bytes that were signed, and a body changed in any byte (whitespace included)\nafter signing is refused. Like every request, the body is first checked as JSON (at\nmost 1 MiB, nested at most 64 levels deep) and as an event: such a `400` comes before\nthe signature is looked at, and never changes anything.\n\n**Events.** `customer.subscription.updated` and `customer.subscription.deleted` are\napplied to the user whose subscription `id` (from `POST /api/subscription/create`;\na seeded paid account's is `sub_` and its account id's 32 digits, as\n`sub_00000000000040008000000000000003` for `premium@sage.test`) equals\n`data.object.id`. `updated` takes `status` (`active`, `past_due`; `canceled`\nbecomes `cancelled`), `cancel_at_period_end`, `current_period_start` and\n`current_period_end` (Unix seconds) and `metadata.tier` (`premium` or `pro`, the new\ntier at once, and that tier's price for the subscription's billing cycle from then\non; no charge is made), each only when present. `deleted` ends the subscription: the\nuser is back on `free`; what it charged stays in the platform's revenue. Other event types, and subscriptions the stub does not know, are\nacknowledged and ignored, as Stripe expects.\n\nErrors: `400` (`VALIDATION_ERROR`, `details` naming `header.stripe-signature`) a\nmissing, malformed, stale or wrong signature, or a body that is not an event.\n",
        "parameters": [
          {
            "name": "Stripe-Signature",
            "in": "header",
            "required": true,
            "description": "`t=<unix seconds>,v1=<hex HMAC-SHA256>`.",
            "schema": {
              "type": "string"
            },
            "example": "t=1753891200,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/StripeEvent"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example (with a subscription object)",
                  "value": {
                    "id": "evt_1234567890abcdef",
                    "object": "event",
                    "type": "customer.subscription.updated",
                    "data": {
                      "object": {
                        "id": "sub_123e4567e89b12d3a456426614174000",
                        "object": "subscription",
                        "status": "active",
                        "cancel_at_period_end": true
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The event was received (and applied when it concerns a known subscription).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookAck"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "received": true
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
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
    "/api/admin/users": {
      "get": {
        "operationId": "adminListUsers",
        "summary": "List users (admin)",
        "tags": [
          "admin"
        ],
        "description": "Every stored account, newest first (ties by email), filtered and paged. A user is\n`active` when they signed in or consulted within the last 30 days, `inactive`\notherwise (the prose names `status=active` without defining it). `lastActiveAt` is\nthe later of the last sign-in and the last consultation; `totalConsultations` counts\nthe stored consultations. `pagination.total` counts the matches before paging.\n\nOnly for the admin role (the seeded `admin@sage.test`): any other signed-in user gets\n`403 AUTHORIZATION_ERROR`.\n\nErrors: `400` a malformed filter or `limit` outside 1–100; `401`; `403`.\n",
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "description": "Page size, 1–100 (default 50).",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 50
            }
          },
          {
            "name": "offset",
            "in": "query",
            "description": "Matches to skip (default 0).",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            }
          },
          {
            "name": "tier",
            "in": "query",
            "description": "Only users of this tier.",
            "schema": {
              "$ref": "#/components/schemas/Tier"
            }
          },
          {
            "name": "status",
            "in": "query",
            "description": "Only `active` or only `inactive` users.",
            "schema": {
              "$ref": "#/components/schemas/UserStatus"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of users.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdminUsersResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "users": [
                          {
                            "id": "123e4567-e89b-12d3-a456-426614174000",
                            "email": "user@example.com",
                            "displayName": "John Doe",
                            "subscriptionTier": "premium",
                            "status": "active",
                            "totalConsultations": 47,
                            "lastActiveAt": "2025-07-30T10:00:00Z",
                            "createdAt": "2025-06-15T10:00:00Z"
                          }
                        ],
                        "pagination": {
                          "total": 1250,
                          "limit": 50,
                          "offset": 0,
                          "hasMore": true
                        }
                      }
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
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/admin/hexagrams/{hexagramNumber}": {
      "parameters": [
        {
          "name": "hexagramNumber",
          "in": "path",
          "required": true,
          "description": "King Wen number, 1–64.",
          "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": 64
          }
        }
      ],
      "patch": {
        "operationId": "adminUpdateHexagram",
        "summary": "Edit a hexagram's content (admin)",
        "tags": [
          "admin"
        ],
        "description": "Edits the stub's copy of a hexagram's texts (a reset restores the fixtures).\n`traditionalInterpretation` replaces the hexagram's Judgment: later consultations\nanswer it as `interpretations.traditional.judgment` and quote it in the personal\ninterpretation; daily and custom guidance use it too. `culturalNotes` appears in later\nconsultations as `interpretations.traditional.culturalNotes`. `reviewedBy` and\n`reviewDate` are recorded as sent. Consultations made before the edit keep their text.\nAt least one field is required.\n\nOnly for the admin role: `403 AUTHORIZATION_ERROR` otherwise.\n\nErrors: `400` an empty body, an unknown field, a number outside 1–64; `401`; `403`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateHexagramRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "traditionalInterpretation": "Updated traditional interpretation...",
                    "culturalNotes": "Additional cultural context...",
                    "reviewedBy": "dr_wang_cultural_expert",
                    "reviewDate": "2025-07-30T12:00:00Z"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The hexagram's content after the edit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdminHexagramResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "hexagram": {
                          "number": 11,
                          "name": "Peace",
                          "traditionalInterpretation": "Updated traditional interpretation...",
                          "culturalNotes": "Additional cultural context...",
                          "reviewedBy": "dr_wang_cultural_expert",
                          "reviewDate": "2025-07-30T12:00:00Z",
                          "updatedAt": "2025-07-30T12:00:00Z"
                        }
                      }
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
          "403": {
            "$ref": "#/components/responses/Forbidden"
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
    "/api/admin/analytics": {
      "get": {
        "operationId": "adminPlatformAnalytics",
        "summary": "Platform analytics (admin)",
        "tags": [
          "admin"
        ],
        "description": "Computed from the stored accounts, consultations and subscriptions over the period\n(the last 1, 7, 30 or 365 days up to today; `dateRange` gives its first and last UTC\ndates). `metrics` (comma-separated, default all three) picks the sections answered.\n\n- `users`: `total` accounts now, `new` created in the period, `active` signed in or\n  consulted in the period, `churned` subscriptions ended by Stripe's webhook in the\n  period, `byTier` now.\n- `consultations`: made in the period; `averageRating` over the rated ones (0 when\n  none), `byCategory` over all five categories.\n- `revenue`: in cents of `usd` (as subscription amounts are; the prose's example\n  figures are in dollars, which this decision replaces): `total` and `byTier` the sum\n  of every subscription charge made in the period, by the tier it paid for. Each\n  `POST /api/subscription/create` is one charge of its amount, and it stays when the\n  subscription is replaced (an upgrade from premium to pro keeps premium's charge) or\n  ended by Stripe; the seeded paid accounts are monthly subscriptions charged when the\n  stub seeds them (at start and after a reset). `mrr` is the sum over the accounts\n  `users.byTier` counts as premium or pro of their subscription's monthly share (its\n  amount, a twelfth of a yearly one, rounded; 0 while its status is `cancelled`, as\n  it will not pay again). `churnRate` churned / (paid users now + churned), 4 decimals.\n\nOnly for the admin role: `403 AUTHORIZATION_ERROR` otherwise.\n\nErrors: `400` an unknown period or metric; `401`; `403`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/Period"
          },
          {
            "name": "metrics",
            "in": "query",
            "description": "Sections to answer, comma-separated: `users`, `consultations`, `revenue` (default all).",
            "schema": {
              "type": "string",
              "pattern": "^(users|consultations|revenue)(,(users|consultations|revenue))*$"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The platform's figures.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PlatformAnalyticsResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example (revenue in cents, `general` added to the categories)",
                    "value": {
                      "success": true,
                      "data": {
                        "analytics": {
                          "period": "month",
                          "dateRange": {
                            "start": "2025-07-01",
                            "end": "2025-07-30"
                          },
                          "users": {
                            "total": 1250,
                            "new": 185,
                            "active": 890,
                            "churned": 23,
                            "byTier": {
                              "free": 800,
                              "premium": 350,
                              "pro": 100
                            }
                          },
                          "consultations": {
                            "total": 5420,
                            "averageRating": 4.6,
                            "byCategory": {
                              "career": 2100,
                              "relationships": 1580,
                              "spiritual": 980,
                              "health": 760,
                              "general": 0
                            }
                          },
                          "revenue": {
                            "total": 1875000,
                            "currency": "usd",
                            "byTier": {
                              "premium": 1225000,
                              "pro": 650000
                            },
                            "mrr": 1875000,
                            "churnRate": 0.035
                          }
                        }
                      }
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
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/user/export": {
      "post": {
        "operationId": "createExport",
        "summary": "Export the user's data",
        "tags": [
          "user"
        ],
        "description": "Starts an export of the caller's data as one JSON file: `{exportId, generatedAt, user,\nconsultations, analytics}` — `consultations` the stored consultations (oldest first)\nmade within `dateRange` (inclusive UTC dates, default all) when\n`includeConsultations` (default true), `analytics` the profile's analytics (as\n`GET /api/user/profile` answers them) when `includeAnalytics` (default true); a\nsection not asked for is left out. The export keeps what was asked for, not a copy of\nthe data: the file is built from the data as it is whenever it is read (the status\npoll and the download).\n\nThe export is `processing` until it completes, which happens at the first status\npoll (`GET /api/user/export/{exportId}`) or once `estimatedCompletionTime` (2 seconds\nlater) has passed on the stub's clock — so a fixed clock (`--now`) completes too.\nOnly `json` is offered (the prose shows no other format).\n\nErrors: `400` a malformed field, or `dateRange.startDate` after `endDate`; `401`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateExportRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "format": "json",
                    "includeConsultations": true,
                    "includeAnalytics": true,
                    "dateRange": {
                      "startDate": "2025-01-01",
                      "endDate": "2025-07-30"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "The export has started.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateExportResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "exportId": "export_123e4567e89b12d3a456426614174000",
                        "estimatedCompletionTime": "2025-07-30T15:00:00Z",
                        "status": "processing"
                      }
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
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/user/export/{exportId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ExportId"
        }
      ],
      "get": {
        "operationId": "getExport",
        "summary": "An export's status",
        "tags": [
          "user"
        ],
        "description": "The export's status (polling completes it, see `POST /api/user/export`). Once\n`completed`, `downloadUrl` is the absolute URL of\n`GET /api/user/export/{exportId}/download` on this stub (the prose's S3 URL is only an\nexample), `fileSize` the file's exact size in bytes as it reads now, and `expiresAt`\n7 days after completion; afterwards the export is gone (`404`). While `processing`,\nthose fields and `completedAt` are absent.\n\nRate limit: counts towards `GET /api/user/*`.\n\nErrors: `400` a malformed id (over 100 characters, or not valid percent-encoded\nUTF-8); `401`; `404` no export of the caller has this id; `429`.\n",
        "responses": {
          "200": {
            "description": "The export.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ExportStatusResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example (with the stub's download URL)",
                    "value": {
                      "success": true,
                      "data": {
                        "export": {
                          "id": "export_123e4567e89b12d3a456426614174000",
                          "status": "completed",
                          "format": "json",
                          "downloadUrl": "http://127.0.0.1:4010/sage/api/user/export/export_123e4567e89b12d3a456426614174000/download",
                          "expiresAt": "2025-08-06T15:00:00Z",
                          "fileSize": 2547392,
                          "createdAt": "2025-07-30T14:30:00Z",
                          "completedAt": "2025-07-30T14:32:00Z"
                        }
                      }
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
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/user/export/{exportId}/download": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ExportId"
        }
      ],
      "get": {
        "operationId": "downloadExport",
        "summary": "Download a completed export",
        "tags": [
          "user"
        ],
        "description": "The export file (`application/json`, `Content-Disposition: attachment`), exactly\n`fileSize` bytes. The prose has no such operation; it is the stub's `downloadUrl`.\n\nRate limit: counts towards `GET /api/user/*`.\n\nErrors: `400` a malformed id (over 100 characters, or not valid percent-encoded\nUTF-8); `401`; `404` no export of the caller has this id, or it expired; `409`\n(`VALIDATION_ERROR`) still processing (poll its status first); `429`.\n",
        "responses": {
          "200": {
            "description": "The file.",
            "headers": {
              "Content-Disposition": {
                "description": "`attachment; filename=\"sage-export-<id>.json\"`.",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ExportFile"
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
          "409": {
            "$ref": "#/components/responses/ExportNotReady"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/cultural/assess": {
      "post": {
        "operationId": "culturalAssess",
        "summary": "Cultural knowledge assessment",
        "tags": [
          "cultural"
        ],
        "description": "Scores the answers against the stub's question bank (`fixtures/sage/cultural.ts`;\n`q1_yin_yang`, `q2_five_elements`, `q3_trigrams`, `q4_king_wen`, `q5_changing_lines`,\n`q6_daily_practice`). An answer is correct when it names the key concepts of its\nquestion (case-insensitive: e.g. \"balance\" or \"opposing\" for `q1_yin_yang`; all five\nelements for `q2_five_elements`). `score` is the share of correct answers out of\n`maxScore` 100 (rounded); `percentage` the same. `canProgress` when at least 70.\n`areas.strong` are the areas of correct answers, `needsImprovement` those of wrong\nones, `recommendations` one per weak area. `nextAssessmentDate` is 14 days after today,\nat midnight UTC. `confidence` (1–5) is recorded but not scored. `currentLevel` must be\nthe user's cultural depth.\n\nErrors: `400` a malformed field, an unknown or repeated `questionId` (naming it), a\n`currentLevel` that is not the user's; `401`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CulturalAssessRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "currentLevel": 1,
                    "assessmentType": "knowledge",
                    "responses": [
                      {
                        "questionId": "q1_yin_yang",
                        "answer": "Balance of opposing forces",
                        "confidence": 4
                      },
                      {
                        "questionId": "q2_five_elements",
                        "answer": "Wood, Fire, Earth, Metal, Water",
                        "confidence": 5
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
            "description": "The scored assessment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CulturalAssessResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example (both answers correct score 100, not 85)",
                    "value": {
                      "success": true,
                      "data": {
                        "score": 100,
                        "maxScore": 100,
                        "percentage": 100,
                        "level": 1,
                        "canProgress": true,
                        "areas": {
                          "strong": [
                            "Basic philosophy",
                            "Symbol recognition"
                          ],
                          "needsImprovement": [],
                          "recommendations": []
                        },
                        "nextAssessmentDate": "2025-08-13T00:00:00Z"
                      }
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
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/cultural/content": {
      "get": {
        "operationId": "culturalContent",
        "summary": "Cultural content by level and topic",
        "tags": [
          "cultural"
        ],
        "description": "The content items of the stub's library (`fixtures/sage/cultural.ts`) at `level`\n(default the user's cultural depth) and `topic` (default all). `format=summary`\nleaves out `practicalApplication` and `historicalContext`; `detailed` (default) has\neverything. `progressionPath` walks the whole library in order (level 1 first):\n`currentPosition` is the position of the first item answered, `totalSteps` the\nlibrary's size, `nextMilestone` the title of the first item after the ones answered\n(null at the end), `estimatedTimeToNext` one week per step.\n\nErrors: `400` an unknown level, topic or format; `401`.\n",
        "parameters": [
          {
            "name": "level",
            "in": "query",
            "description": "Cultural depth, 1 or 2 (default the user's).",
            "schema": {
              "type": "integer",
              "enum": [
                1,
                2
              ]
            }
          },
          {
            "name": "topic",
            "in": "query",
            "description": "Only this topic.",
            "schema": {
              "$ref": "#/components/schemas/CulturalTopic"
            }
          },
          {
            "name": "format",
            "in": "query",
            "description": "`summary` or `detailed` (default).",
            "schema": {
              "type": "string",
              "enum": [
                "summary",
                "detailed"
              ],
              "default": "detailed"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The content.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CulturalContentResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "content": [
                          {
                            "id": "content_yin_yang_intro",
                            "title": "Understanding Yin and Yang",
                            "description": "The fundamental concept of complementary opposites",
                            "chineseText": "陰陽",
                            "pinyin": "yīn yáng",
                            "translation": "The interplay of feminine and masculine cosmic forces",
                            "level": 1,
                            "category": "philosophy",
                            "relatedConcepts": [
                              "balance",
                              "duality",
                              "harmony"
                            ],
                            "practicalApplication": "Recognize when situations need more active (yang) or receptive (yin) energy",
                            "historicalContext": "First documented in the I Ching around 1000 BCE"
                          }
                        ],
                        "progressionPath": {
                          "currentPosition": 3,
                          "totalSteps": 12,
                          "nextMilestone": "Five Elements Theory",
                          "estimatedTimeToNext": "2 weeks"
                        }
                      }
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
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/analytics/performance": {
      "post": {
        "operationId": "recordPerformance",
        "summary": "Record a performance metric",
        "tags": [
          "analytics"
        ],
        "description": "Stores one client metric for the caller (the latest 1,000 per user are kept).\n`userId`, when sent, must be the caller's id. `recommendations` follow from the value:\n`animation_fps` under 50 → reduce animation complexity, under 30 also GPU\nacceleration; `load_time` over 2,000 ms →\nprogressive loading; `streaming_latency` over 300 ms → caching; `memory_usage` over\n80 (percent) → fewer animations. An unremarkable value gets none.\n\nErrors: `400` a malformed field or another user's `userId`; `401`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PerformanceMetricRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "userId": "123e4567-e89b-12d3-a456-426614174000",
                    "sessionId": "sess_abc123",
                    "metricType": "animation_fps",
                    "metricValue": 58.5,
                    "deviceInfo": {
                      "userAgent": "Mozilla/5.0 (iPhone; CPU iPhone OS 14_7_1 like Mac OS X)",
                      "viewport": {
                        "width": 375,
                        "height": 812
                      },
                      "memoryEstimate": 2048,
                      "connectionType": "4g"
                    },
                    "context": {
                      "page": "/consultation/create",
                      "action": "hexagram_animation",
                      "culturalDepth": 1,
                      "aiPersonality": "contemplative"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The metric was recorded.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PerformanceMetricResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example (its recommendations belong to a low frame rate; 58.5 fps gets none)",
                    "value": {
                      "success": true,
                      "data": {
                        "metricId": "metric_123456",
                        "status": "recorded",
                        "recommendations": [
                          "Consider reducing animation complexity on this device",
                          "GPU acceleration recommended for smoother performance"
                        ]
                      }
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
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/analytics/ux": {
      "post": {
        "operationId": "recordUxEvent",
        "summary": "Record a user-experience event",
        "tags": [
          "analytics"
        ],
        "description": "Stores one UX event for the caller (the latest 1,000 kept). `insights`: satisfaction\n4–5 → a good personality match, 1–2 → try another personality; `context.hadErrors` →\nerrors hurt the flow; a `duration` (ms) of 5–20 minutes → duration optimal for the\npersonality, over 30 minutes → suggest a break.\n\nErrors: `400` a malformed field; `401`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UxEventRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "event": "consultation_start",
                    "duration": 450000,
                    "satisfaction": 5,
                    "culturalDepth": 1,
                    "aiPersonality": "contemplative",
                    "context": {
                      "stepInFlow": 3,
                      "totalSteps": 5,
                      "hadErrors": false,
                      "usedOfflineMode": false
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The event was recorded.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UxEventResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "eventId": "event_789",
                        "insights": [
                          "Consultation duration optimal for contemplative personality",
                          "High satisfaction suggests good personality match"
                        ]
                      }
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
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/analytics/performance/summary": {
      "get": {
        "operationId": "performanceSummary",
        "summary": "Summary of the caller's metrics",
        "tags": [
          "analytics"
        ],
        "description": "Summarises what the caller sent in the period: `averageLoadTime` (ms,\n`load_time`), `averageStreamingLatency` (ms, `streaming_latency`), `averageFps`\n(`animation_fps`), each rounded to 1 decimal and 0 when nothing was sent;\n`engagementScore` the average UX `satisfaction` / 5 (0 without UX events).\n`bottlenecks`: `network_latency` when the latency average is over 300 ms (`high`\nover 1,000), `load_time` over 2,000 ms, `rendering` under 50 fps. `overallPerformance`\nis `good` without bottlenecks, `fair` with one, `poor` with more. `optimizations` are\nsuggestions for the bottlenecks found; `applied` lists `Response caching` once a\nconsultation of the caller came from the cache; `impact` is 0 (the stub measures no\nbefore/after).\n\nErrors: `400` an unknown period; `401`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/Period"
          }
        ],
        "responses": {
          "200": {
            "description": "The summary.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PerformanceSummaryResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "userMetrics": {
                          "averageLoadTime": 1250,
                          "averageStreamingLatency": 145,
                          "averageFps": 57.2,
                          "engagementScore": 0.87
                        },
                        "systemMetrics": {
                          "overallPerformance": "good",
                          "bottlenecks": [
                            {
                              "type": "network_latency",
                              "severity": "low",
                              "recommendation": "Consider enabling caching for repeat consultations"
                            }
                          ]
                        },
                        "optimizations": {
                          "suggested": [
                            "Enable GPU acceleration",
                            "Use progressive loading"
                          ],
                          "applied": [
                            "Response caching",
                            "Image optimization"
                          ],
                          "impact": {
                            "loadTimeImprovement": 0.23,
                            "fpsImprovement": 0.15
                          }
                        }
                      }
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
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/integration/calendar/connect": {
      "post": {
        "operationId": "connectCalendar",
        "summary": "Connect a calendar",
        "tags": [
          "integration"
        ],
        "description": "Simulated: any `authCode` of 10 or more characters is accepted (no provider is\ncalled). The integration is `connected` with read permissions; `userEmail` is the\naccount's email. Connecting again replaces the integration and forgets synced events.\n`lastSyncAt` is null until the first sync (the prose's example shows the connect\ntime; a calendar not yet synced has no sync time).\n\nPremium and pro only: the prose's rate-limit table gives the free tier 0 integration\nrequests an hour, so a free user gets `402 SUBSCRIPTION_REQUIRED` (the same refusal as\ncustom guidance), not a `429`. Rate limit: premium 10, pro 50 per hour, counted over\nevery `POST /api/integration/*` operation together (connect and sync).\n\nErrors: `400` a malformed field; `401`; `402` free tier; `429`; `502` the provider\nfailed (only on request).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ConnectCalendarRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "provider": "google",
                    "authCode": "4/0AX4XfWjYZ1234567890abcdef",
                    "redirectUri": "https://sage.com/integrations/callback"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The integration.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/XRateLimitLimit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/XRateLimitRemaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/XRateLimitReset"
              },
              "X-RateLimit-Tier": {
                "$ref": "#/components/headers/XRateLimitTier"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CalendarIntegrationResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example (not yet synced)",
                    "value": {
                      "success": true,
                      "data": {
                        "integration": {
                          "id": "int_123e4567e89b12d3a456426614174000",
                          "provider": "google",
                          "status": "connected",
                          "userEmail": "user@gmail.com",
                          "permissions": [
                            "read_events",
                            "read_calendars"
                          ],
                          "lastSyncAt": null,
                          "createdAt": "2025-07-30T15:00:00Z"
                        }
                      }
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
          "402": {
            "$ref": "#/components/responses/IntegrationNeedsSubscription"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/IntegrationError"
          }
        }
      }
    },
    "/api/integration/calendar/sync": {
      "post": {
        "operationId": "syncCalendar",
        "summary": "Sync calendar events",
        "tags": [
          "integration"
        ],
        "description": "Simulated: produces the calendar's events for the next 14 days (seeded faker titles and\ntimes, replacing earlier ones); `eventsProcessed` counts them. Events whose title marks\nthem important (review, interview, presentation, deadline, negotiation) get guidance:\n`guidanceGenerated` counts those. `nextSyncAt` is 24 hours later. The synced events\nfeed the daily guidance of their days (`GET /api/guidance/daily`).\n\nPremium and pro only (free: `402 SUBSCRIPTION_REQUIRED`); rate limit shared with\n`POST /api/integration/calendar/connect`: premium 10, pro 50 per hour.\n\nErrors: `401`; `402` free tier; `404` (`NOT_FOUND`) no calendar connected; `429`;\n`502` the provider failed (only on request).\n",
        "responses": {
          "200": {
            "description": "The sync.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/XRateLimitLimit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/XRateLimitRemaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/XRateLimitReset"
              },
              "X-RateLimit-Tier": {
                "$ref": "#/components/headers/XRateLimitTier"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CalendarSyncResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "sync": {
                          "syncId": "sync_123e4567e89b12d3a456426614174000",
                          "eventsProcessed": 23,
                          "guidanceGenerated": 5,
                          "lastSyncAt": "2025-07-30T15:30:00Z",
                          "nextSyncAt": "2025-07-31T15:30:00Z"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/IntegrationNeedsSubscription"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/IntegrationError"
          }
        }
      }
    },
    "/api/integration/calendar/insights": {
      "get": {
        "operationId": "calendarInsights",
        "summary": "Insights over the coming days",
        "tags": [
          "integration"
        ],
        "description": "Over the synced events starting within the next `days` (1–30, default 7):\n`upcomingEvents` those with guidance (the important ones), soonest first, each with a\nhexagram and advice; `patterns.stressfulPeriods` runs of consecutive days with three\nor more events (`\"<first> to <last>\"`), `optimalTimes` up to three days without\nevents (`\"<date> morning\"`), and fixed `recommendations`.\n\nReading insights is not an integration request (`GET`): it is not rate-limited and\nstays open to a user whose paid tier ended, over the events synced before.\n\nErrors: `400` `days` outside 1–30; `401`; `404` (`NOT_FOUND`) no calendar connected\nor not yet synced; `502` the provider failed (only on request).\n",
        "parameters": [
          {
            "name": "days",
            "in": "query",
            "description": "Days ahead, 1–30 (default 7).",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 30,
              "default": 7
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The insights.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CalendarInsightsResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "success": true,
                      "data": {
                        "insights": {
                          "upcomingEvents": [
                            {
                              "eventId": "event_google_123456",
                              "title": "Quarterly Review Meeting",
                              "startTime": "2025-07-31T14:00:00Z",
                              "guidance": {
                                "hexagram": 61,
                                "recommendation": "Approach this meeting with openness and sincerity. Inner truth will guide your communications.",
                                "preparation": "Take 10 minutes before the meeting for quiet reflection on your achievements and goals."
                              }
                            }
                          ],
                          "patterns": {
                            "stressfulPeriods": [
                              "2025-08-05 to 2025-08-07"
                            ],
                            "optimalTimes": [
                              "2025-08-01 morning",
                              "2025-08-03 morning"
                            ],
                            "recommendations": [
                              "Schedule important decisions during optimal times",
                              "Plan self-care activities before stressful periods"
                            ]
                          }
                        }
                      }
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
          },
          "502": {
            "$ref": "#/components/responses/IntegrationError"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "Access token from register, login or refresh: an HS256 JWT signed by the stub with `kind: access`, valid for 4 hours. A refresh token is refused here (`401`), as is any token of a session that logged out."
      }
    },
    "headers": {
      "XRateLimitLimit": {
        "description": "Requests allowed in the current window for this user and endpoint group.",
        "schema": {
          "type": "integer"
        }
      },
      "XRateLimitRemaining": {
        "description": "Requests left in the current window.",
        "schema": {
          "type": "integer"
        }
      },
      "XRateLimitReset": {
        "description": "When the window resets (Unix time, seconds).",
        "schema": {
          "type": "integer"
        }
      },
      "XRateLimitTier": {
        "description": "The caller's tier, whose limit applies.",
        "schema": {
          "$ref": "#/components/schemas/Tier"
        }
      },
      "RetryAfter": {
        "description": "Seconds until the window resets.",
        "schema": {
          "type": "integer"
        }
      }
    },
    "parameters": {
      "ExportId": {
        "name": "exportId",
        "in": "path",
        "required": true,
        "description": "The export's id (`export_` and 32 hex digits).",
        "schema": {
          "type": "string",
          "maxLength": 100
        }
      },
      "Period": {
        "name": "period",
        "in": "query",
        "description": "`day` (24 h), `week` (7 days), `month` (30 days) or `year` (365 days), ending now; default `month`.",
        "schema": {
          "type": "string",
          "enum": [
            "day",
            "week",
            "month",
            "year"
          ],
          "default": "month"
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "Invalid request data; `details` lists each offending field.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "prose": {
                "$ref": "#/components/examples/ValidationError"
              }
            }
          }
        }
      },
      "EmailTaken": {
        "description": "The email is already registered.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "emailTaken": {
                "$ref": "#/components/examples/EmailTakenError"
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Missing, invalid, expired, rotated or revoked token, a token of the wrong kind, or wrong credentials.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "missingToken": {
                "$ref": "#/components/examples/AuthenticationError"
              }
            }
          }
        }
      },
      "Forbidden": {
        "description": "The caller is signed in but not an admin.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "notAdmin": {
                "$ref": "#/components/examples/AuthorizationErrorExample"
              }
            }
          }
        }
      },
      "ExportNotReady": {
        "description": "The export is still processing.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "processing": {
                "$ref": "#/components/examples/ExportNotReadyError"
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "No such resource of the caller.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "consultationNotFound": {
                "$ref": "#/components/examples/NotFoundError"
              }
            }
          }
        }
      },
      "SubscriptionRequired": {
        "description": "The operation needs the premium or pro tier.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "freeTier": {
                "$ref": "#/components/examples/SubscriptionRequiredError"
              }
            }
          }
        }
      },
      "IntegrationNeedsSubscription": {
        "description": "Integrations need the premium or pro tier (the free tier's limit is 0).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "freeTier": {
                "$ref": "#/components/examples/IntegrationSubscriptionRequiredError"
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "The tier's limit for this endpoint is spent until the window resets.",
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/XRateLimitLimit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/XRateLimitRemaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/XRateLimitReset"
          },
          "X-RateLimit-Tier": {
            "$ref": "#/components/headers/XRateLimitTier"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "prose": {
                "$ref": "#/components/examples/RateLimitError"
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
              "tooLarge": {
                "$ref": "#/components/examples/PayloadTooLargeError"
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
                "$ref": "#/components/examples/UnsupportedMediaTypeError"
              }
            }
          }
        }
      },
      "AiServiceError": {
        "description": "The AI service is unavailable; the stub only produces it on request (`Prefer: code=503`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "overload": {
                "$ref": "#/components/examples/AiServiceErrorExample"
              }
            }
          }
        }
      },
      "IntegrationError": {
        "description": "An external service (calendar or payment provider) failed; the stub only produces it on request (`Prefer: code=502`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "provider": {
                "$ref": "#/components/examples/IntegrationErrorExample"
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
                  "success": false,
                  "error": {
                    "code": "RATE_LIMIT_EXCEEDED",
                    "message": "Too many sessions created from this address: at most 100 a minute; retry after 60 s",
                    "details": {
                      "retryAfter": 60
                    },
                    "wisdom": {
                      "chineseQuote": "欲速则不达 - Yù sù zé bù dá",
                      "translation": "More haste, less arrival",
                      "explanation": "The oracle speaks best to a patient heart",
                      "guidance": [
                        "Reflect on the guidance you have already received",
                        "Return when the time is right",
                        "Depth matters more than frequency"
                      ]
                    },
                    "recovery": {
                      "immediateActions": [
                        "Wait until the limit resets"
                      ],
                      "alternativeApproaches": [
                        "Revisit a past consultation",
                        "Upgrade your tier for higher limits"
                      ],
                      "preventionTips": [
                        "Space your consultations out",
                        "Ask one considered question instead of many quick ones"
                      ]
                    },
                    "context": {
                      "errorCategory": "rate_limit",
                      "severity": "low",
                      "isRetryable": true,
                      "retryAfter": 60
                    },
                    "requestId": "req_0000002t",
                    "timestamp": "2025-07-30T16:30:00.000Z"
                  }
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
              "internal": {
                "$ref": "#/components/examples/InternalErrorExample"
              }
            }
          }
        }
      }
    },
    "schemas": {
      "ConnectCalendarRequest": {
        "type": "object",
        "description": "The provider's OAuth result.",
        "additionalProperties": false,
        "required": [
          "provider",
          "authCode",
          "redirectUri"
        ],
        "properties": {
          "provider": {
            "type": "string",
            "enum": [
              "google",
              "outlook",
              "apple"
            ]
          },
          "authCode": {
            "type": "string",
            "minLength": 10,
            "maxLength": 2000
          },
          "redirectUri": {
            "type": "string",
            "format": "uri"
          }
        }
      },
      "CalendarIntegration": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "provider",
          "status",
          "userEmail",
          "permissions",
          "lastSyncAt",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "provider": {
            "type": "string",
            "enum": [
              "google",
              "outlook",
              "apple"
            ]
          },
          "status": {
            "type": "string",
            "enum": [
              "connected"
            ]
          },
          "userEmail": {
            "type": "string",
            "format": "email"
          },
          "permissions": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "lastSyncAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "CalendarIntegrationResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "integration"
            ],
            "properties": {
              "integration": {
                "$ref": "#/components/schemas/CalendarIntegration"
              }
            }
          }
        }
      },
      "CalendarSyncResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "sync"
            ],
            "properties": {
              "sync": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "syncId",
                  "eventsProcessed",
                  "guidanceGenerated",
                  "lastSyncAt",
                  "nextSyncAt"
                ],
                "properties": {
                  "syncId": {
                    "type": "string"
                  },
                  "eventsProcessed": {
                    "type": "integer"
                  },
                  "guidanceGenerated": {
                    "type": "integer"
                  },
                  "lastSyncAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "nextSyncAt": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              }
            }
          }
        }
      },
      "CalendarInsightsResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "insights"
            ],
            "properties": {
              "insights": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "upcomingEvents",
                  "patterns"
                ],
                "properties": {
                  "upcomingEvents": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "additionalProperties": false,
                      "required": [
                        "eventId",
                        "title",
                        "startTime",
                        "guidance"
                      ],
                      "properties": {
                        "eventId": {
                          "type": "string"
                        },
                        "title": {
                          "type": "string"
                        },
                        "startTime": {
                          "type": "string",
                          "format": "date-time"
                        },
                        "guidance": {
                          "type": "object",
                          "additionalProperties": false,
                          "required": [
                            "hexagram",
                            "recommendation",
                            "preparation"
                          ],
                          "properties": {
                            "hexagram": {
                              "type": "integer",
                              "minimum": 1,
                              "maximum": 64
                            },
                            "recommendation": {
                              "type": "string"
                            },
                            "preparation": {
                              "type": "string"
                            }
                          }
                        }
                      }
                    }
                  },
                  "patterns": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "stressfulPeriods",
                      "optimalTimes",
                      "recommendations"
                    ],
                    "properties": {
                      "stressfulPeriods": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        }
                      },
                      "optimalTimes": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        }
                      },
                      "recommendations": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "MetricType": {
        "type": "string",
        "enum": [
          "animation_fps",
          "load_time",
          "streaming_latency",
          "memory_usage",
          "interaction_delay"
        ]
      },
      "PerformanceMetricRequest": {
        "type": "object",
        "description": "One measurement from the client.",
        "additionalProperties": false,
        "required": [
          "sessionId",
          "metricType",
          "metricValue"
        ],
        "properties": {
          "userId": {
            "type": "string",
            "format": "uuid"
          },
          "sessionId": {
            "type": "string",
            "maxLength": 200
          },
          "metricType": {
            "$ref": "#/components/schemas/MetricType"
          },
          "metricValue": {
            "type": "number",
            "minimum": 0
          },
          "deviceInfo": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "userAgent": {
                "type": "string",
                "maxLength": 1000
              },
              "viewport": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "width",
                  "height"
                ],
                "properties": {
                  "width": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "height": {
                    "type": "integer",
                    "minimum": 0
                  }
                }
              },
              "memoryEstimate": {
                "type": "number",
                "minimum": 0
              },
              "connectionType": {
                "type": "string",
                "maxLength": 50
              }
            }
          },
          "context": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "page": {
                "type": "string",
                "maxLength": 500
              },
              "action": {
                "type": "string",
                "maxLength": 200
              },
              "culturalDepth": {
                "$ref": "#/components/schemas/CulturalDepth"
              },
              "aiPersonality": {
                "$ref": "#/components/schemas/Personality"
              }
            }
          }
        }
      },
      "PerformanceMetricResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "metricId",
              "status",
              "recommendations"
            ],
            "properties": {
              "metricId": {
                "type": "string"
              },
              "status": {
                "type": "string",
                "const": "recorded"
              },
              "recommendations": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "UxEventRequest": {
        "type": "object",
        "description": "One user-experience event.",
        "additionalProperties": false,
        "required": [
          "event"
        ],
        "properties": {
          "event": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "duration": {
            "type": "integer",
            "minimum": 0,
            "description": "Milliseconds."
          },
          "satisfaction": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5
          },
          "culturalDepth": {
            "$ref": "#/components/schemas/CulturalDepth"
          },
          "aiPersonality": {
            "$ref": "#/components/schemas/Personality"
          },
          "context": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "stepInFlow": {
                "type": "integer",
                "minimum": 0
              },
              "totalSteps": {
                "type": "integer",
                "minimum": 0
              },
              "hadErrors": {
                "type": "boolean"
              },
              "usedOfflineMode": {
                "type": "boolean"
              }
            }
          }
        }
      },
      "UxEventResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "eventId",
              "insights"
            ],
            "properties": {
              "eventId": {
                "type": "string"
              },
              "insights": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "PerformanceSummaryResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "userMetrics",
              "systemMetrics",
              "optimizations"
            ],
            "properties": {
              "userMetrics": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "averageLoadTime",
                  "averageStreamingLatency",
                  "averageFps",
                  "engagementScore"
                ],
                "properties": {
                  "averageLoadTime": {
                    "type": "number"
                  },
                  "averageStreamingLatency": {
                    "type": "number"
                  },
                  "averageFps": {
                    "type": "number"
                  },
                  "engagementScore": {
                    "type": "number"
                  }
                }
              },
              "systemMetrics": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "overallPerformance",
                  "bottlenecks"
                ],
                "properties": {
                  "overallPerformance": {
                    "type": "string",
                    "enum": [
                      "good",
                      "fair",
                      "poor"
                    ]
                  },
                  "bottlenecks": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "additionalProperties": false,
                      "required": [
                        "type",
                        "severity",
                        "recommendation"
                      ],
                      "properties": {
                        "type": {
                          "type": "string",
                          "enum": [
                            "network_latency",
                            "load_time",
                            "rendering"
                          ]
                        },
                        "severity": {
                          "type": "string",
                          "enum": [
                            "low",
                            "medium",
                            "high"
                          ]
                        },
                        "recommendation": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              },
              "optimizations": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "suggested",
                  "applied",
                  "impact"
                ],
                "properties": {
                  "suggested": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "applied": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "impact": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "loadTimeImprovement",
                      "fpsImprovement"
                    ],
                    "properties": {
                      "loadTimeImprovement": {
                        "type": "number"
                      },
                      "fpsImprovement": {
                        "type": "number"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "CulturalTopic": {
        "type": "string",
        "enum": [
          "philosophy",
          "symbols",
          "history",
          "practice"
        ]
      },
      "CulturalAssessRequest": {
        "type": "object",
        "description": "Answers to questions of the bank.",
        "additionalProperties": false,
        "required": [
          "currentLevel",
          "assessmentType",
          "responses"
        ],
        "properties": {
          "currentLevel": {
            "$ref": "#/components/schemas/CulturalDepth"
          },
          "assessmentType": {
            "type": "string",
            "enum": [
              "knowledge"
            ]
          },
          "responses": {
            "type": "array",
            "minItems": 1,
            "maxItems": 20,
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "questionId",
                "answer"
              ],
              "properties": {
                "questionId": {
                  "type": "string",
                  "maxLength": 100
                },
                "answer": {
                  "type": "string",
                  "maxLength": 2000
                },
                "confidence": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 5
                }
              }
            }
          }
        }
      },
      "CulturalAssessResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "score",
              "maxScore",
              "percentage",
              "level",
              "canProgress",
              "areas",
              "nextAssessmentDate"
            ],
            "properties": {
              "score": {
                "type": "integer"
              },
              "maxScore": {
                "type": "integer"
              },
              "percentage": {
                "type": "integer"
              },
              "level": {
                "$ref": "#/components/schemas/CulturalDepth"
              },
              "canProgress": {
                "type": "boolean"
              },
              "areas": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "strong",
                  "needsImprovement",
                  "recommendations"
                ],
                "properties": {
                  "strong": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "needsImprovement": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "recommendations": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                }
              },
              "nextAssessmentDate": {
                "type": "string",
                "format": "date-time"
              }
            }
          }
        }
      },
      "CulturalContentItem": {
        "type": "object",
        "description": "One item of the cultural library.",
        "additionalProperties": false,
        "required": [
          "id",
          "title",
          "description",
          "chineseText",
          "pinyin",
          "translation",
          "level",
          "category",
          "relatedConcepts"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "chineseText": {
            "type": "string"
          },
          "pinyin": {
            "type": "string"
          },
          "translation": {
            "type": "string"
          },
          "level": {
            "$ref": "#/components/schemas/CulturalDepth"
          },
          "category": {
            "$ref": "#/components/schemas/CulturalTopic"
          },
          "relatedConcepts": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "practicalApplication": {
            "type": "string"
          },
          "historicalContext": {
            "type": "string"
          }
        }
      },
      "CulturalContentResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "content",
              "progressionPath"
            ],
            "properties": {
              "content": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/CulturalContentItem"
                }
              },
              "progressionPath": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "currentPosition",
                  "totalSteps",
                  "nextMilestone",
                  "estimatedTimeToNext"
                ],
                "properties": {
                  "currentPosition": {
                    "type": "integer"
                  },
                  "totalSteps": {
                    "type": "integer"
                  },
                  "nextMilestone": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "estimatedTimeToNext": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                }
              }
            }
          }
        }
      },
      "CreateExportRequest": {
        "type": "object",
        "description": "What to export.",
        "additionalProperties": false,
        "required": [
          "format"
        ],
        "properties": {
          "format": {
            "type": "string",
            "enum": [
              "json"
            ]
          },
          "includeConsultations": {
            "type": "boolean",
            "default": true
          },
          "includeAnalytics": {
            "type": "boolean",
            "default": true
          },
          "dateRange": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "startDate",
              "endDate"
            ],
            "properties": {
              "startDate": {
                "type": "string",
                "format": "date"
              },
              "endDate": {
                "type": "string",
                "format": "date"
              }
            }
          }
        }
      },
      "CreateExportResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "exportId",
              "estimatedCompletionTime",
              "status"
            ],
            "properties": {
              "exportId": {
                "type": "string"
              },
              "estimatedCompletionTime": {
                "type": "string",
                "format": "date-time"
              },
              "status": {
                "type": "string",
                "const": "processing"
              }
            }
          }
        }
      },
      "ExportStatus": {
        "type": "object",
        "description": "An export; the download fields only once completed.",
        "additionalProperties": false,
        "required": [
          "id",
          "status",
          "format",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "processing",
              "completed"
            ]
          },
          "format": {
            "type": "string",
            "enum": [
              "json"
            ]
          },
          "downloadUrl": {
            "type": "string",
            "format": "uri"
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time"
          },
          "fileSize": {
            "type": "integer"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "completedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ExportStatusResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "export"
            ],
            "properties": {
              "export": {
                "$ref": "#/components/schemas/ExportStatus"
              }
            }
          }
        }
      },
      "ExportFile": {
        "type": "object",
        "description": "The exported data.",
        "additionalProperties": false,
        "required": [
          "exportId",
          "generatedAt",
          "user"
        ],
        "properties": {
          "exportId": {
            "type": "string"
          },
          "generatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "user": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "id",
              "email",
              "displayName",
              "subscriptionTier",
              "createdAt"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "email": {
                "type": "string"
              },
              "displayName": {
                "type": "string"
              },
              "subscriptionTier": {
                "$ref": "#/components/schemas/Tier"
              },
              "createdAt": {
                "type": "string",
                "format": "date-time"
              }
            }
          },
          "consultations": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Consultation"
            }
          },
          "analytics": {
            "$ref": "#/components/schemas/ProfileAnalytics"
          }
        }
      },
      "UserStatus": {
        "type": "string",
        "enum": [
          "active",
          "inactive"
        ]
      },
      "AdminUser": {
        "type": "object",
        "description": "An account as the admin listing shows it.",
        "additionalProperties": false,
        "required": [
          "id",
          "email",
          "displayName",
          "subscriptionTier",
          "status",
          "totalConsultations",
          "lastActiveAt",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "email": {
            "type": "string",
            "format": "email"
          },
          "displayName": {
            "type": "string"
          },
          "subscriptionTier": {
            "$ref": "#/components/schemas/Tier"
          },
          "status": {
            "$ref": "#/components/schemas/UserStatus"
          },
          "totalConsultations": {
            "type": "integer"
          },
          "lastActiveAt": {
            "type": "string",
            "format": "date-time"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "AdminUsersResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "users",
              "pagination"
            ],
            "properties": {
              "users": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/AdminUser"
                }
              },
              "pagination": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "total",
                  "limit",
                  "offset",
                  "hasMore"
                ],
                "properties": {
                  "total": {
                    "type": "integer"
                  },
                  "limit": {
                    "type": "integer"
                  },
                  "offset": {
                    "type": "integer"
                  },
                  "hasMore": {
                    "type": "boolean"
                  }
                }
              }
            }
          }
        }
      },
      "UpdateHexagramRequest": {
        "type": "object",
        "description": "The fields to change (at least one).",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "traditionalInterpretation": {
            "type": "string",
            "minLength": 1,
            "maxLength": 5000
          },
          "culturalNotes": {
            "type": "string",
            "maxLength": 5000
          },
          "reviewedBy": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "reviewDate": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "AdminHexagram": {
        "type": "object",
        "description": "A hexagram's editable content.",
        "additionalProperties": false,
        "required": [
          "number",
          "name",
          "traditionalInterpretation",
          "culturalNotes",
          "reviewedBy",
          "reviewDate",
          "updatedAt"
        ],
        "properties": {
          "number": {
            "type": "integer",
            "minimum": 1,
            "maximum": 64
          },
          "name": {
            "type": "string"
          },
          "traditionalInterpretation": {
            "type": "string",
            "description": "The Judgment consultations answer."
          },
          "culturalNotes": {
            "type": [
              "string",
              "null"
            ]
          },
          "reviewedBy": {
            "type": [
              "string",
              "null"
            ]
          },
          "reviewDate": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "AdminHexagramResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "hexagram"
            ],
            "properties": {
              "hexagram": {
                "$ref": "#/components/schemas/AdminHexagram"
              }
            }
          }
        }
      },
      "PlatformAnalyticsResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "analytics"
            ],
            "properties": {
              "analytics": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "period",
                  "dateRange"
                ],
                "properties": {
                  "period": {
                    "type": "string",
                    "enum": [
                      "day",
                      "week",
                      "month",
                      "year"
                    ]
                  },
                  "dateRange": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "start",
                      "end"
                    ],
                    "properties": {
                      "start": {
                        "type": "string",
                        "format": "date"
                      },
                      "end": {
                        "type": "string",
                        "format": "date"
                      }
                    }
                  },
                  "users": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "total",
                      "new",
                      "active",
                      "churned",
                      "byTier"
                    ],
                    "properties": {
                      "total": {
                        "type": "integer"
                      },
                      "new": {
                        "type": "integer"
                      },
                      "active": {
                        "type": "integer"
                      },
                      "churned": {
                        "type": "integer"
                      },
                      "byTier": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": [
                          "free",
                          "premium",
                          "pro"
                        ],
                        "properties": {
                          "free": {
                            "type": "integer"
                          },
                          "premium": {
                            "type": "integer"
                          },
                          "pro": {
                            "type": "integer"
                          }
                        }
                      }
                    }
                  },
                  "consultations": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "total",
                      "averageRating",
                      "byCategory"
                    ],
                    "properties": {
                      "total": {
                        "type": "integer"
                      },
                      "averageRating": {
                        "type": "number"
                      },
                      "byCategory": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": [
                          "career",
                          "relationships",
                          "health",
                          "spiritual",
                          "general"
                        ],
                        "properties": {
                          "career": {
                            "type": "integer"
                          },
                          "relationships": {
                            "type": "integer"
                          },
                          "health": {
                            "type": "integer"
                          },
                          "spiritual": {
                            "type": "integer"
                          },
                          "general": {
                            "type": "integer"
                          }
                        }
                      }
                    }
                  },
                  "revenue": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "total",
                      "currency",
                      "byTier",
                      "mrr",
                      "churnRate"
                    ],
                    "properties": {
                      "total": {
                        "type": "integer"
                      },
                      "currency": {
                        "type": "string",
                        "const": "usd"
                      },
                      "byTier": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": [
                          "premium",
                          "pro"
                        ],
                        "properties": {
                          "premium": {
                            "type": "integer"
                          },
                          "pro": {
                            "type": "integer"
                          }
                        }
                      },
                      "mrr": {
                        "type": "integer"
                      },
                      "churnRate": {
                        "type": "number"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "CreateSubscriptionRequest": {
        "type": "object",
        "description": "The tier and how to pay for it.",
        "additionalProperties": false,
        "required": [
          "tier",
          "paymentMethodId",
          "billingCycle"
        ],
        "properties": {
          "tier": {
            "type": "string",
            "enum": [
              "premium",
              "pro"
            ],
            "description": "The paid tier."
          },
          "paymentMethodId": {
            "type": "string",
            "pattern": "^pm_[A-Za-z0-9]+$",
            "maxLength": 255,
            "description": "A Stripe payment method id."
          },
          "billingCycle": {
            "$ref": "#/components/schemas/BillingCycle"
          }
        }
      },
      "BillingCycle": {
        "type": "string",
        "enum": [
          "monthly",
          "yearly"
        ]
      },
      "SubscriptionDetail": {
        "type": "object",
        "description": "A subscription as created.",
        "additionalProperties": false,
        "required": [
          "id",
          "tier",
          "status",
          "currentPeriodStart",
          "currentPeriodEnd",
          "billingCycle",
          "amount",
          "currency",
          "nextBillingDate"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "`sub_` and 32 hex digits."
          },
          "tier": {
            "type": "string",
            "enum": [
              "premium",
              "pro"
            ]
          },
          "status": {
            "type": "string",
            "enum": [
              "active",
              "cancelled",
              "past_due"
            ]
          },
          "currentPeriodStart": {
            "type": "string",
            "format": "date-time"
          },
          "currentPeriodEnd": {
            "type": "string",
            "format": "date-time"
          },
          "billingCycle": {
            "$ref": "#/components/schemas/BillingCycle"
          },
          "amount": {
            "type": "integer",
            "description": "Price per period in cents."
          },
          "currency": {
            "type": "string",
            "const": "usd"
          },
          "nextBillingDate": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "SubscriptionResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "subscription"
            ],
            "properties": {
              "subscription": {
                "$ref": "#/components/schemas/SubscriptionDetail"
              }
            }
          }
        }
      },
      "StripeEvent": {
        "type": "object",
        "description": "A Stripe event; `data.object` is Stripe's object, free-form (only the fields the stub reads are described).",
        "required": [
          "id",
          "object",
          "type",
          "data"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "object": {
            "type": "string",
            "const": "event"
          },
          "type": {
            "type": "string"
          },
          "data": {
            "type": "object",
            "required": [
              "object"
            ],
            "properties": {
              "object": {
                "type": "object",
                "description": "Stripe's object (for subscription events, a subscription).",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "status": {
                    "type": "string"
                  },
                  "cancel_at_period_end": {
                    "type": "boolean"
                  },
                  "current_period_start": {
                    "type": "integer"
                  },
                  "current_period_end": {
                    "type": "integer"
                  },
                  "metadata": {
                    "type": "object",
                    "properties": {
                      "tier": {
                        "type": "string"
                      }
                    },
                    "additionalProperties": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "WebhookAck": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "received"
        ],
        "properties": {
          "received": {
            "type": "boolean",
            "const": true
          }
        }
      },
      "Tier": {
        "type": "string",
        "enum": [
          "free",
          "premium",
          "pro"
        ],
        "description": "The subscription tier."
      },
      "Category": {
        "type": "string",
        "enum": [
          "career",
          "relationships",
          "health",
          "spiritual",
          "general"
        ],
        "description": "The consultation's category."
      },
      "Personality": {
        "type": "string",
        "enum": [
          "contemplative",
          "insightful",
          "guiding"
        ],
        "description": "The AI personality state of a reading."
      },
      "ModelName": {
        "type": "string",
        "enum": [
          "gpt-4",
          "gpt-3.5-turbo"
        ],
        "description": "A language model the stub pretends to use."
      },
      "DateOrDateTime": {
        "type": "string",
        "pattern": "^(\\d{4}-(0[13578]|1[02])-(0[1-9]|[12]\\d|3[01])|\\d{4}-(0[469]|11)-(0[1-9]|[12]\\d|30)|\\d{4}-02-(0[1-9]|1\\d|2[0-8])|(\\d{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29)(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d))?$",
        "description": "An ISO 8601 date (`2025-07-01`) or date-time (`2025-07-01T10:00:00Z`, seconds and fraction optional, `Z` or an offset such as `+05:30` required). The pattern admits real calendar dates only (months 01–12, the days each month has, 29 February in leap years) and times 00:00–23:59:59, so every value it admits is one the stub accepts."
      },
      "Error": {
        "type": "object",
        "description": "The error envelope of every error answer.",
        "additionalProperties": false,
        "required": [
          "success",
          "error"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": false,
            "description": "Always false."
          },
          "error": {
            "$ref": "#/components/schemas/ErrorBody"
          }
        }
      },
      "ErrorBody": {
        "type": "object",
        "description": "What went wrong, with wisdom, recovery advice and context.",
        "additionalProperties": false,
        "required": [
          "code",
          "message",
          "details",
          "wisdom",
          "recovery",
          "context",
          "requestId",
          "timestamp"
        ],
        "properties": {
          "code": {
            "type": "string",
            "enum": [
              "VALIDATION_ERROR",
              "AUTHENTICATION_ERROR",
              "AUTHORIZATION_ERROR",
              "NOT_FOUND",
              "METHOD_NOT_ALLOWED",
              "RATE_LIMIT_EXCEEDED",
              "SUBSCRIPTION_REQUIRED",
              "AI_SERVICE_ERROR",
              "INTEGRATION_ERROR",
              "INTERNAL_ERROR"
            ],
            "description": "The error code; its HTTP status is given under \"Errors\" in the document's description (`METHOD_NOT_ALLOWED`, which the prose has no code for, is the `405` for a method the path does not take, with an `Allow` header)."
          },
          "message": {
            "type": "string",
            "description": "Human-readable description naming the offending field where there is one."
          },
          "details": {
            "description": "`{field, message}` per offending field for validation errors; facts about the error otherwise (free-form).",
            "anyOf": [
              {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/FieldIssue"
                }
              },
              {
                "type": "object",
                "additionalProperties": true
              }
            ]
          },
          "wisdom": {
            "$ref": "#/components/schemas/Wisdom"
          },
          "recovery": {
            "$ref": "#/components/schemas/Recovery"
          },
          "context": {
            "$ref": "#/components/schemas/ErrorContext"
          },
          "requestId": {
            "type": "string",
            "description": "The request's id (`req_…`)."
          },
          "timestamp": {
            "type": "string",
            "format": "date-time",
            "description": "When the error was answered."
          }
        }
      },
      "FieldIssue": {
        "type": "object",
        "description": "One offending field.",
        "additionalProperties": false,
        "required": [
          "field",
          "message"
        ],
        "properties": {
          "field": {
            "type": "string",
            "description": "Where the field is and its path (`body.question`, `query.limit`)."
          },
          "message": {
            "type": "string",
            "description": "What is wrong with it."
          }
        }
      },
      "Wisdom": {
        "type": "object",
        "description": "A classical saying that fits the error.",
        "additionalProperties": false,
        "required": [
          "chineseQuote",
          "translation",
          "explanation",
          "guidance"
        ],
        "properties": {
          "chineseQuote": {
            "type": "string",
            "description": "The saying in Chinese, then its pinyin."
          },
          "translation": {
            "type": "string",
            "description": "The saying in English."
          },
          "explanation": {
            "type": "string",
            "description": "What it says about this error."
          },
          "guidance": {
            "type": "array",
            "description": "Gentle advice.",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "Recovery": {
        "type": "object",
        "description": "What to do next.",
        "additionalProperties": false,
        "required": [
          "immediateActions",
          "alternativeApproaches",
          "preventionTips"
        ],
        "properties": {
          "immediateActions": {
            "type": "array",
            "description": "Things to try now.",
            "items": {
              "type": "string"
            }
          },
          "alternativeApproaches": {
            "type": "array",
            "description": "Other ways to reach the goal.",
            "items": {
              "type": "string"
            }
          },
          "preventionTips": {
            "type": "array",
            "description": "How to avoid the error.",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "ErrorContext": {
        "type": "object",
        "description": "How to treat the error.",
        "additionalProperties": false,
        "required": [
          "errorCategory",
          "severity",
          "isRetryable",
          "retryAfter"
        ],
        "properties": {
          "errorCategory": {
            "type": "string",
            "enum": [
              "validation",
              "authentication",
              "authorization",
              "not_found",
              "method_not_allowed",
              "rate_limit",
              "subscription",
              "ai_service",
              "integration",
              "internal"
            ],
            "description": "The kind of error."
          },
          "severity": {
            "type": "string",
            "enum": [
              "low",
              "medium",
              "high"
            ],
            "description": "How serious it is."
          },
          "isRetryable": {
            "type": "boolean",
            "description": "Whether the same request may succeed later."
          },
          "retryAfter": {
            "description": "Seconds to wait before retrying (rate limits), else null.",
            "anyOf": [
              {
                "type": "integer"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "Preferences": {
        "type": "object",
        "description": "The basic preferences (register, login).",
        "additionalProperties": false,
        "required": [
          "interpretationStyle",
          "guidanceTime",
          "timezone"
        ],
        "properties": {
          "interpretationStyle": {
            "$ref": "#/components/schemas/InterpretationStyle"
          },
          "guidanceTime": {
            "$ref": "#/components/schemas/GuidanceTime"
          },
          "timezone": {
            "$ref": "#/components/schemas/TimeZone"
          }
        }
      },
      "InterpretationStyle": {
        "type": "string",
        "enum": [
          "traditional",
          "modern",
          "balanced"
        ],
        "description": "How interpretations are phrased."
      },
      "GuidanceTime": {
        "type": "string",
        "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$",
        "description": "Time of day for daily guidance, `HH:MM` (24 h)."
      },
      "TimeZone": {
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "description": "An IANA time zone (`America/New_York`, `UTC`)."
      },
      "RegisterRequest": {
        "type": "object",
        "description": "A new account.",
        "additionalProperties": false,
        "required": [
          "email",
          "password",
          "displayName"
        ],
        "properties": {
          "email": {
            "type": "string",
            "format": "email",
            "maxLength": 254,
            "description": "The sign-in email."
          },
          "password": {
            "type": "string",
            "minLength": 8,
            "maxLength": 128,
            "description": "At least 8 characters."
          },
          "displayName": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "description": "The name shown in the app."
          },
          "preferences": {
            "type": "object",
            "description": "Preferences to start with; unset ones get the defaults.",
            "additionalProperties": false,
            "properties": {
              "interpretationStyle": {
                "$ref": "#/components/schemas/InterpretationStyle"
              },
              "guidanceTime": {
                "$ref": "#/components/schemas/GuidanceTime"
              },
              "timezone": {
                "$ref": "#/components/schemas/TimeZone"
              }
            }
          }
        }
      },
      "LoginRequest": {
        "type": "object",
        "description": "Credentials.",
        "additionalProperties": false,
        "required": [
          "email",
          "password"
        ],
        "properties": {
          "email": {
            "type": "string",
            "format": "email",
            "maxLength": 254,
            "description": "The sign-in email."
          },
          "password": {
            "type": "string",
            "minLength": 1,
            "maxLength": 128,
            "description": "The password."
          }
        }
      },
      "RefreshRequest": {
        "type": "object",
        "description": "The refresh token (or send it as `Authorization: Bearer <refreshToken>`).",
        "additionalProperties": false,
        "properties": {
          "refreshToken": {
            "type": "string",
            "minLength": 1,
            "maxLength": 4096,
            "description": "The current refresh token."
          }
        }
      },
      "AuthUser": {
        "type": "object",
        "description": "The account as register and login answer it.",
        "additionalProperties": false,
        "required": [
          "id",
          "email",
          "displayName",
          "subscriptionTier",
          "onboardingCompleted",
          "preferences",
          "createdAt",
          "lastLoginAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "The user id."
          },
          "email": {
            "type": "string",
            "description": "The sign-in email (lower-case)."
          },
          "displayName": {
            "type": "string",
            "description": "The name shown in the app."
          },
          "subscriptionTier": {
            "$ref": "#/components/schemas/Tier"
          },
          "onboardingCompleted": {
            "type": "boolean",
            "description": "Whether onboarding was completed."
          },
          "preferences": {
            "$ref": "#/components/schemas/Preferences"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the account was created."
          },
          "lastLoginAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the account last signed in."
          }
        }
      },
      "Session": {
        "type": "object",
        "description": "A token pair.",
        "additionalProperties": false,
        "required": [
          "accessToken",
          "refreshToken",
          "expiresAt"
        ],
        "properties": {
          "accessToken": {
            "type": "string",
            "description": "The access token (JWT, 4 hours)."
          },
          "refreshToken": {
            "type": "string",
            "description": "The refresh token (JWT, 30 days, rotated on use)."
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the access token expires."
          }
        }
      },
      "AuthResponse": {
        "type": "object",
        "description": "An account and its new session.",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          },
          "data": {
            "type": "object",
            "description": "The account and the session.",
            "additionalProperties": false,
            "required": [
              "user",
              "session"
            ],
            "properties": {
              "user": {
                "$ref": "#/components/schemas/AuthUser"
              },
              "session": {
                "$ref": "#/components/schemas/Session"
              }
            }
          }
        }
      },
      "RefreshResponse": {
        "type": "object",
        "description": "A new access token and the rotated refresh token.",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          },
          "data": {
            "$ref": "#/components/schemas/Session"
          }
        }
      },
      "LogoutResponse": {
        "type": "object",
        "description": "Confirmation.",
        "additionalProperties": false,
        "required": [
          "success",
          "message"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          },
          "message": {
            "type": "string",
            "description": "`Successfully logged out`."
          }
        }
      },
      "ModelPreference": {
        "type": "string",
        "enum": [
          "auto",
          "gpt-4",
          "gpt-3.5-turbo"
        ],
        "description": "`auto` lets the stub choose by complexity."
      },
      "CreateConsultationRequest": {
        "type": "object",
        "description": "A question for the oracle.",
        "additionalProperties": false,
        "required": [
          "question",
          "category"
        ],
        "properties": {
          "question": {
            "$ref": "#/components/schemas/Question"
          },
          "category": {
            "$ref": "#/components/schemas/Category"
          },
          "culturalDepth": {
            "$ref": "#/components/schemas/CulturalDepth"
          },
          "context": {
            "type": "object",
            "description": "What surrounds the question.",
            "additionalProperties": false,
            "properties": {
              "complexity": {
                "type": "string",
                "enum": [
                  "low",
                  "medium",
                  "high"
                ],
                "description": "How complex the asker feels the question is."
              },
              "urgency": {
                "$ref": "#/components/schemas/Urgency"
              },
              "previousConsultations": {
                "type": "integer",
                "minimum": 0,
                "description": "How many consultations the asker had before."
              }
            }
          },
          "aiOptions": {
            "type": "object",
            "description": "How the AI answers.",
            "additionalProperties": false,
            "properties": {
              "streamResponse": {
                "type": "boolean",
                "default": false,
                "description": "Answer with the event stream of `create-stream`."
              },
              "useCache": {
                "type": "boolean",
                "default": true,
                "description": "Allow a cached reading for a repeated question pattern."
              },
              "modelPreference": {
                "$ref": "#/components/schemas/ModelPreference"
              }
            }
          }
        }
      },
      "CreateStreamRequest": {
        "type": "object",
        "description": "A question for the oracle, answered as a stream.",
        "additionalProperties": false,
        "required": [
          "question",
          "category"
        ],
        "properties": {
          "question": {
            "$ref": "#/components/schemas/Question"
          },
          "category": {
            "$ref": "#/components/schemas/Category"
          },
          "culturalDepth": {
            "$ref": "#/components/schemas/CulturalDepth"
          },
          "preferredPersonality": {
            "$ref": "#/components/schemas/Personality"
          },
          "context": {
            "type": "object",
            "description": "What surrounds the question.",
            "additionalProperties": false,
            "properties": {
              "previousConsultations": {
                "type": "array",
                "maxItems": 50,
                "description": "Ids of earlier consultations the question follows.",
                "items": {
                  "type": "string",
                  "maxLength": 100
                }
              },
              "currentLifeSituation": {
                "type": "string",
                "maxLength": 1000,
                "description": "A sentence about the asker's situation."
              },
              "urgency": {
                "$ref": "#/components/schemas/Urgency"
              }
            }
          },
          "aiOptions": {
            "type": "object",
            "description": "How the AI answers.",
            "additionalProperties": false,
            "properties": {
              "enableCaching": {
                "type": "boolean",
                "default": true,
                "description": "Allow a cached reading for a repeated question pattern."
              },
              "forceModel": {
                "$ref": "#/components/schemas/ModelPreference"
              },
              "streamingSpeed": {
                "type": "string",
                "enum": [
                  "slow",
                  "medium",
                  "fast"
                ],
                "description": "Accepted; the stub's pace is the server's `--stream-delay`."
              },
              "costOptimization": {
                "type": "boolean",
                "description": "Accepted; changes nothing in the stub."
              }
            }
          }
        }
      },
      "Question": {
        "type": "string",
        "minLength": 10,
        "maxLength": 500,
        "description": "The question, 10–500 characters."
      },
      "CulturalDepth": {
        "type": "integer",
        "enum": [
          1,
          2
        ],
        "description": "Cultural depth level (1 or 2); defaults to the user's."
      },
      "Urgency": {
        "type": "string",
        "enum": [
          "low",
          "medium",
          "high"
        ],
        "description": "How urgent the question is."
      },
      "HexagramRef": {
        "type": "object",
        "description": "A hexagram by number and names.",
        "additionalProperties": false,
        "required": [
          "number",
          "name",
          "chineseName"
        ],
        "properties": {
          "number": {
            "type": "integer",
            "minimum": 1,
            "maximum": 64,
            "description": "King Wen number."
          },
          "name": {
            "type": "string",
            "description": "English name."
          },
          "chineseName": {
            "type": "string",
            "description": "Chinese name."
          }
        }
      },
      "HexagramData": {
        "type": "object",
        "description": "A cast hexagram.",
        "additionalProperties": false,
        "required": [
          "number",
          "name",
          "chineseName",
          "symbol",
          "lines",
          "changingLines",
          "trigrams",
          "symbolism"
        ],
        "properties": {
          "number": {
            "type": "integer",
            "minimum": 1,
            "maximum": 64,
            "description": "King Wen number, following from the lines."
          },
          "name": {
            "type": "string",
            "description": "English name."
          },
          "chineseName": {
            "type": "string",
            "description": "Chinese name."
          },
          "symbol": {
            "type": "string",
            "description": "The Unicode hexagram character (䷘)."
          },
          "lines": {
            "type": "array",
            "minItems": 6,
            "maxItems": 6,
            "description": "The six line values, bottom to top (6 old yin, 7 young yang, 8 young yin, 9 old yang).",
            "items": {
              "type": "integer",
              "enum": [
                6,
                7,
                8,
                9
              ]
            }
          },
          "changingLines": {
            "type": "array",
            "maxItems": 6,
            "description": "Positions (1 bottom – 6 top) of the 6s and 9s, ascending.",
            "items": {
              "type": "integer",
              "minimum": 1,
              "maximum": 6
            }
          },
          "trigrams": {
            "type": "object",
            "description": "The upper and lower trigrams (by key, `heaven`, `thunder`, …).",
            "additionalProperties": false,
            "required": [
              "upper",
              "lower"
            ],
            "properties": {
              "upper": {
                "$ref": "#/components/schemas/TrigramKey"
              },
              "lower": {
                "$ref": "#/components/schemas/TrigramKey"
              }
            }
          },
          "relatingHexagram": {
            "$ref": "#/components/schemas/HexagramRef"
          },
          "symbolism": {
            "type": "object",
            "description": "The data model's symbolism: the two trigrams' names, upper first, and the upper (outer) trigram's five-phase element, season and compass direction in King Wen's later-heaven arrangement.",
            "additionalProperties": false,
            "required": [
              "trigrams",
              "element",
              "season",
              "direction"
            ],
            "properties": {
              "trigrams": {
                "type": "array",
                "minItems": 2,
                "maxItems": 2,
                "description": "The upper and the lower trigram's English names (`[Heaven, Thunder]`).",
                "items": {
                  "type": "string"
                }
              },
              "element": {
                "type": "string",
                "enum": [
                  "metal",
                  "wood",
                  "water",
                  "fire",
                  "earth"
                ],
                "description": "The upper trigram's element."
              },
              "season": {
                "type": "string",
                "description": "The upper trigram's season (`late autumn` for Heaven)."
              },
              "direction": {
                "type": "string",
                "description": "The upper trigram's compass direction (`northwest` for Heaven)."
              }
            }
          }
        }
      },
      "TrigramKey": {
        "type": "string",
        "enum": [
          "heaven",
          "lake",
          "fire",
          "thunder",
          "wind",
          "water",
          "mountain",
          "earth"
        ],
        "description": "A trigram by its image."
      },
      "Interpretations": {
        "type": "object",
        "description": "The reading, in both of the prose's shapes: `personal` (the example answers) and `ai` (the data model) carry the same interpretation; `practical` has both shapes' fields.",
        "additionalProperties": false,
        "required": [
          "traditional",
          "personal",
          "ai",
          "practical"
        ],
        "properties": {
          "traditional": {
            "type": "object",
            "description": "The classic text of the hexagram.",
            "additionalProperties": false,
            "required": [
              "meaning",
              "judgment",
              "image"
            ],
            "properties": {
              "meaning": {
                "type": "string",
                "description": "What the hexagram stands for."
              },
              "judgment": {
                "type": "string",
                "description": "The Judgment."
              },
              "image": {
                "type": "string",
                "description": "The Image."
              },
              "culturalNotes": {
                "type": "string",
                "description": "Cultural notes an administrator added to the hexagram (`PATCH /api/admin/hexagrams/{hexagramNumber}`); left out when there are none."
              },
              "changingLines": {
                "type": "object",
                "description": "The text of each changing line, by position (`\"4\"`); left out when no line changes.",
                "additionalProperties": false,
                "patternProperties": {
                  "^[1-6]$": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "personal": {
            "type": "object",
            "description": "The reading applied to the question.",
            "additionalProperties": false,
            "required": [
              "interpretation",
              "keyInsights",
              "actionGuidance"
            ],
            "properties": {
              "interpretation": {
                "type": "string",
                "description": "The personal interpretation (what `create-stream` sends as `ai` chunks)."
              },
              "keyInsights": {
                "type": "array",
                "description": "Key insights.",
                "items": {
                  "type": "string"
                }
              },
              "actionGuidance": {
                "type": "string",
                "description": "What to do."
              }
            }
          },
          "ai": {
            "type": "object",
            "description": "The data model's view of the personal interpretation.",
            "additionalProperties": false,
            "required": [
              "content",
              "personalityState",
              "culturalDepth",
              "confidenceScore",
              "culturalElements"
            ],
            "properties": {
              "content": {
                "type": "string",
                "description": "The personal interpretation (equals `personal.interpretation`)."
              },
              "personalityState": {
                "$ref": "#/components/schemas/Personality"
              },
              "culturalDepth": {
                "$ref": "#/components/schemas/CulturalDepth"
              },
              "confidenceScore": {
                "type": "number",
                "minimum": 0,
                "maximum": 1,
                "description": "Equals `aiContext.confidence`."
              },
              "culturalElements": {
                "type": "object",
                "description": "The Chinese terms of the reading.",
                "additionalProperties": false,
                "required": [
                  "concepts",
                  "translations",
                  "context"
                ],
                "properties": {
                  "concepts": {
                    "type": "array",
                    "description": "The hexagram's themes.",
                    "items": {
                      "type": "string"
                    }
                  },
                  "translations": {
                    "type": "object",
                    "description": "English name → Chinese and pinyin (`Peace` → `泰 (Tài)`), for the hexagram and its two trigrams.",
                    "additionalProperties": {
                      "type": "string"
                    }
                  },
                  "context": {
                    "type": "string",
                    "description": "The trigrams' place in the family of eight; at cultural depth 2 also their elements and directions."
                  }
                }
              }
            }
          },
          "practical": {
            "type": "object",
            "description": "Practical steps, in both shapes: `nextSteps` and `riskFactors` of the example answers, `keyInsights`, `actionSteps` and `reflectionQuestions` of the data model.",
            "additionalProperties": false,
            "required": [
              "nextSteps",
              "timeframe",
              "riskFactors",
              "keyInsights",
              "actionSteps",
              "reflectionQuestions"
            ],
            "properties": {
              "nextSteps": {
                "type": "array",
                "description": "Concrete next steps for the category.",
                "items": {
                  "type": "string"
                }
              },
              "keyInsights": {
                "type": "array",
                "description": "Equals `personal.keyInsights`.",
                "items": {
                  "type": "string"
                }
              },
              "actionSteps": {
                "type": "array",
                "description": "Equals `nextSteps`.",
                "items": {
                  "type": "string"
                }
              },
              "reflectionQuestions": {
                "type": "array",
                "description": "Questions to sit with, from the hexagram's themes and where the changing lines lead.",
                "items": {
                  "type": "string"
                }
              },
              "timeframe": {
                "type": "string",
                "description": "When (sooner the more lines change)."
              },
              "riskFactors": {
                "type": "array",
                "description": "What to watch out for.",
                "items": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "CostOptimization": {
        "type": "object",
        "description": "What the reading cost and saved (US dollars).",
        "additionalProperties": false,
        "required": [
          "originalCost",
          "actualCost",
          "savings"
        ],
        "properties": {
          "originalCost": {
            "type": "number",
            "minimum": 0,
            "description": "What the model answer cost (or would have cost)."
          },
          "actualCost": {
            "type": "number",
            "minimum": 0,
            "description": "What was spent (0 for a cache hit)."
          },
          "savings": {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "description": "Share saved (1 for a cache hit, else 0)."
          }
        }
      },
      "AiContext": {
        "type": "object",
        "description": "How the AI produced the reading.",
        "additionalProperties": false,
        "required": [
          "modelUsed",
          "promptVersion",
          "confidence",
          "culturalAccuracy",
          "cacheHit",
          "tokensUsed",
          "costOptimization",
          "responseTime"
        ],
        "properties": {
          "modelUsed": {
            "type": "string",
            "enum": [
              "gpt-4",
              "gpt-3.5-turbo",
              "cache"
            ],
            "description": "The model, or `cache` for a cache hit."
          },
          "promptVersion": {
            "type": "string",
            "description": "Prompt template version."
          },
          "confidence": {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "description": "Confidence of the interpretation."
          },
          "culturalAccuracy": {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "description": "Cultural accuracy score."
          },
          "cacheHit": {
            "type": "boolean",
            "description": "Whether the reading came from the cache."
          },
          "tokensUsed": {
            "type": "integer",
            "minimum": 0,
            "description": "Tokens of the model answer (0 for a cache hit)."
          },
          "costOptimization": {
            "$ref": "#/components/schemas/CostOptimization"
          },
          "responseTime": {
            "type": "integer",
            "minimum": 0,
            "description": "Milliseconds to produce the reading."
          },
          "originalResponseTime": {
            "type": "integer",
            "minimum": 0,
            "description": "Cache hits only; the response time of the cached reading."
          },
          "actualResponseTime": {
            "type": "integer",
            "minimum": 0,
            "description": "Cache hits only; the response time of this answer (equals `responseTime`)."
          }
        }
      },
      "Consultation": {
        "type": "object",
        "description": "A stored consultation.",
        "additionalProperties": false,
        "required": [
          "id",
          "userId",
          "question",
          "category",
          "culturalDepth",
          "aiPersonalityState",
          "fromCache",
          "cacheKey",
          "hexagramData",
          "interpretations",
          "aiContext",
          "analytics",
          "tags",
          "favorite",
          "isBookmarked",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "`cons_` (or `cons_cached_` for a cache hit) plus 32 hex digits."
          },
          "userId": {
            "type": "string",
            "format": "uuid",
            "description": "The owner."
          },
          "question": {
            "type": "string",
            "description": "The question."
          },
          "category": {
            "$ref": "#/components/schemas/Category"
          },
          "culturalDepth": {
            "$ref": "#/components/schemas/CulturalDepth"
          },
          "aiPersonalityState": {
            "$ref": "#/components/schemas/Personality"
          },
          "fromCache": {
            "type": "boolean",
            "description": "Whether the reading was served from the cache."
          },
          "cacheKey": {
            "type": "string",
            "description": "`hexagram_<number>_<category>_<pattern>`, the key this reading is cached under."
          },
          "hexagramData": {
            "$ref": "#/components/schemas/HexagramData"
          },
          "interpretations": {
            "$ref": "#/components/schemas/Interpretations"
          },
          "aiContext": {
            "$ref": "#/components/schemas/AiContext"
          },
          "analytics": {
            "$ref": "#/components/schemas/ConsultationAnalytics"
          },
          "userNotes": {
            "type": "string",
            "description": "The user's notes; left out until set."
          },
          "tags": {
            "type": "array",
            "description": "The user's tags.",
            "items": {
              "type": "string"
            }
          },
          "favorite": {
            "type": "boolean",
            "description": "Marked as favorite."
          },
          "isBookmarked": {
            "type": "boolean",
            "description": "The data model's name for `favorite`; always equal to it."
          },
          "rating": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
            "description": "The user's rating; left out until rated."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When it was created."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When it last changed."
          }
        }
      },
      "ConsultationAnalytics": {
        "type": "object",
        "description": "The data model's `analytics`, the same facts as `aiContext`, `aiPersonalityState` and `rating`.",
        "additionalProperties": false,
        "required": [
          "aiPersonalityState",
          "responseTime",
          "tokenUsage",
          "culturalAccuracy",
          "costAnalytics"
        ],
        "properties": {
          "aiPersonalityState": {
            "$ref": "#/components/schemas/Personality"
          },
          "responseTime": {
            "type": "integer",
            "minimum": 0,
            "description": "Equals `aiContext.responseTime`."
          },
          "tokenUsage": {
            "type": "integer",
            "minimum": 0,
            "description": "Equals `aiContext.tokensUsed`."
          },
          "userSatisfaction": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
            "description": "Equals `rating`; left out until rated."
          },
          "culturalAccuracy": {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "description": "Equals `aiContext.culturalAccuracy`."
          },
          "costAnalytics": {
            "type": "object",
            "description": "What the reading cost and saved.",
            "additionalProperties": false,
            "required": [
              "modelUsed",
              "cacheHit",
              "cost",
              "tokensSaved",
              "costSaved"
            ],
            "properties": {
              "modelUsed": {
                "type": "string",
                "enum": [
                  "gpt-4",
                  "gpt-3.5-turbo",
                  "cache"
                ],
                "description": "Equals `aiContext.modelUsed`."
              },
              "cacheHit": {
                "type": "boolean",
                "description": "Equals `aiContext.cacheHit`."
              },
              "cost": {
                "type": "number",
                "minimum": 0,
                "description": "Equals `aiContext.costOptimization.actualCost` (US dollars)."
              },
              "tokensSaved": {
                "type": "integer",
                "minimum": 0,
                "description": "Tokens a cache hit did not spend (those of the cached reading); 0 otherwise."
              },
              "costSaved": {
                "type": "number",
                "minimum": 0,
                "description": "`originalCost` − `actualCost` (US dollars)."
              }
            }
          }
        }
      },
      "ConsultationResponse": {
        "type": "object",
        "description": "One consultation.",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          },
          "data": {
            "type": "object",
            "description": "The consultation.",
            "additionalProperties": false,
            "required": [
              "consultation"
            ],
            "properties": {
              "consultation": {
                "$ref": "#/components/schemas/Consultation"
              }
            }
          }
        }
      },
      "ConsultationEventStream": {
        "type": "string",
        "description": "Server-Sent Events: `event: <type>` and `data: <JSON>` lines, events separated by a blank line, in the order `hexagram`, `personality`, `ai-chunk`…, `complete`. The `data` schema of each event type is in `x-sse-events` of `create-stream`."
      },
      "SseHexagram": {
        "type": "object",
        "description": "`data` of the `hexagram` event: the cast.",
        "additionalProperties": false,
        "required": [
          "hexagram"
        ],
        "properties": {
          "hexagram": {
            "$ref": "#/components/schemas/HexagramData"
          }
        }
      },
      "SsePersonality": {
        "type": "object",
        "description": "`data` of the `personality` event.",
        "additionalProperties": false,
        "required": [
          "state",
          "reasoning",
          "indicators"
        ],
        "properties": {
          "state": {
            "$ref": "#/components/schemas/Personality"
          },
          "reasoning": {
            "type": "string",
            "description": "Why this personality."
          },
          "indicators": {
            "type": "array",
            "description": "What in the question pointed to it.",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "SseAiChunk": {
        "type": "object",
        "description": "`data` of an `ai-chunk` event.",
        "additionalProperties": false,
        "required": [
          "chunk",
          "chunkIndex",
          "section"
        ],
        "properties": {
          "chunk": {
            "type": "string",
            "description": "The next piece of text."
          },
          "chunkIndex": {
            "type": "integer",
            "minimum": 1,
            "description": "Position of the chunk, from 1."
          },
          "section": {
            "type": "string",
            "enum": [
              "ai",
              "practical"
            ],
            "description": "`ai`: the personal interpretation; `practical`: the practical guidance."
          }
        }
      },
      "SseComplete": {
        "type": "object",
        "description": "`data` of the `complete` event: the stored consultation's summary.",
        "additionalProperties": false,
        "required": [
          "consultation"
        ],
        "properties": {
          "consultation": {
            "type": "object",
            "description": "Read the whole consultation with `GET /api/consultation/{id}`.",
            "additionalProperties": false,
            "required": [
              "id",
              "aiPersonalityState",
              "costOptimization"
            ],
            "properties": {
              "id": {
                "type": "string",
                "description": "The consultation id."
              },
              "aiPersonalityState": {
                "$ref": "#/components/schemas/Personality"
              },
              "costOptimization": {
                "type": "object",
                "description": "The cost of this reading.",
                "additionalProperties": false,
                "required": [
                  "cacheHit",
                  "modelUsed",
                  "cost"
                ],
                "properties": {
                  "cacheHit": {
                    "type": "boolean",
                    "description": "Whether it came from the cache."
                  },
                  "modelUsed": {
                    "type": "string",
                    "enum": [
                      "gpt-4",
                      "gpt-3.5-turbo",
                      "cache"
                    ],
                    "description": "The model or `cache`."
                  },
                  "cost": {
                    "type": "number",
                    "minimum": 0,
                    "description": "What was spent (US dollars)."
                  }
                }
              }
            }
          }
        }
      },
      "UpdateConsultationRequest": {
        "type": "object",
        "description": "What to change; at least one field.",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "userNotes": {
            "type": "string",
            "maxLength": 5000,
            "description": "Notes; an empty string clears them."
          },
          "tags": {
            "type": "array",
            "maxItems": 20,
            "description": "Replaces the tags.",
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 50
            }
          },
          "favorite": {
            "type": "boolean",
            "description": "Mark or unmark as favorite."
          },
          "isBookmarked": {
            "type": "boolean",
            "description": "The data model's name for `favorite`; sent with `favorite`, it must agree."
          },
          "rating": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
            "description": "Rating, 1–5."
          }
        }
      },
      "UpdateConsultationResponse": {
        "type": "object",
        "description": "The updated fields.",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          },
          "data": {
            "type": "object",
            "description": "The consultation's user fields.",
            "additionalProperties": false,
            "required": [
              "consultation"
            ],
            "properties": {
              "consultation": {
                "type": "object",
                "description": "The consultation's user fields after the update.",
                "additionalProperties": false,
                "required": [
                  "id",
                  "tags",
                  "favorite",
                  "isBookmarked",
                  "updatedAt"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "description": "The consultation id."
                  },
                  "userNotes": {
                    "type": "string",
                    "description": "Notes; left out when unset."
                  },
                  "tags": {
                    "type": "array",
                    "description": "Tags.",
                    "items": {
                      "type": "string"
                    }
                  },
                  "favorite": {
                    "type": "boolean",
                    "description": "Favorite flag."
                  },
                  "isBookmarked": {
                    "type": "boolean",
                    "description": "Equals `favorite`."
                  },
                  "rating": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5,
                    "description": "Rating; left out when unset."
                  },
                  "updatedAt": {
                    "type": "string",
                    "format": "date-time",
                    "description": "When it changed."
                  }
                }
              }
            }
          }
        }
      },
      "HistoryItem": {
        "type": "object",
        "description": "A consultation in the history list.",
        "additionalProperties": false,
        "required": [
          "id",
          "question",
          "category",
          "hexagramData",
          "tags",
          "favorite",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The consultation id."
          },
          "question": {
            "type": "string",
            "description": "The question."
          },
          "category": {
            "$ref": "#/components/schemas/Category"
          },
          "hexagramData": {
            "$ref": "#/components/schemas/HexagramRef"
          },
          "userNotes": {
            "type": "string",
            "description": "Notes; left out when unset."
          },
          "tags": {
            "type": "array",
            "description": "Tags.",
            "items": {
              "type": "string"
            }
          },
          "favorite": {
            "type": "boolean",
            "description": "Favorite flag."
          },
          "rating": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
            "description": "Rating; left out when unset."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When it was created."
          }
        }
      },
      "Pagination": {
        "type": "object",
        "description": "Where this page is.",
        "additionalProperties": false,
        "required": [
          "total",
          "limit",
          "offset",
          "hasMore"
        ],
        "properties": {
          "total": {
            "type": "integer",
            "minimum": 0,
            "description": "Matches in all."
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "description": "The page size asked for."
          },
          "offset": {
            "type": "integer",
            "minimum": 0,
            "description": "Matches skipped."
          },
          "hasMore": {
            "type": "boolean",
            "description": "Whether matches follow this page."
          }
        }
      },
      "HistoryResponse": {
        "type": "object",
        "description": "A page of the history.",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          },
          "data": {
            "type": "object",
            "description": "The page.",
            "additionalProperties": false,
            "required": [
              "consultations",
              "pagination"
            ],
            "properties": {
              "consultations": {
                "type": "array",
                "description": "Newest first.",
                "items": {
                  "$ref": "#/components/schemas/HistoryItem"
                }
              },
              "pagination": {
                "$ref": "#/components/schemas/Pagination"
              }
            }
          }
        }
      },
      "ModelCost": {
        "type": "object",
        "description": "Consultations of one model and their cost.",
        "additionalProperties": false,
        "required": [
          "count",
          "cost"
        ],
        "properties": {
          "count": {
            "type": "integer",
            "minimum": 0,
            "description": "Consultations."
          },
          "cost": {
            "type": "number",
            "minimum": 0,
            "description": "Spent (US dollars)."
          }
        }
      },
      "CostsResponse": {
        "type": "object",
        "description": "Cost analytics.",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          },
          "data": {
            "type": "object",
            "description": "The analytics.",
            "additionalProperties": false,
            "required": [
              "costAnalytics"
            ],
            "properties": {
              "costAnalytics": {
                "type": "object",
                "description": "Costs of the period.",
                "additionalProperties": false,
                "required": [
                  "period",
                  "totalConsultations",
                  "costBreakdown",
                  "modelUsage"
                ],
                "properties": {
                  "period": {
                    "type": "string",
                    "enum": [
                      "day",
                      "week",
                      "month",
                      "year"
                    ],
                    "description": "The period."
                  },
                  "totalConsultations": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Consultations in the period."
                  },
                  "costBreakdown": {
                    "type": "object",
                    "description": "Spending and savings.",
                    "additionalProperties": false,
                    "required": [
                      "totalSpent",
                      "avgPerConsultation",
                      "cacheHitRate",
                      "savings"
                    ],
                    "properties": {
                      "totalSpent": {
                        "type": "number",
                        "minimum": 0,
                        "description": "Spent."
                      },
                      "avgPerConsultation": {
                        "type": "number",
                        "minimum": 0,
                        "description": "Spent per consultation (0 without any)."
                      },
                      "cacheHitRate": {
                        "type": "number",
                        "minimum": 0,
                        "maximum": 1,
                        "description": "Share of cache hits."
                      },
                      "savings": {
                        "type": "object",
                        "description": "What the cache saved.",
                        "additionalProperties": false,
                        "required": [
                          "totalSaved",
                          "savingsRate"
                        ],
                        "properties": {
                          "totalSaved": {
                            "type": "number",
                            "minimum": 0,
                            "description": "Saved."
                          },
                          "savingsRate": {
                            "type": "number",
                            "minimum": 0,
                            "maximum": 1,
                            "description": "Saved / (spent + saved)."
                          }
                        }
                      }
                    }
                  },
                  "modelUsage": {
                    "type": "object",
                    "description": "Per model, and the cache.",
                    "additionalProperties": false,
                    "required": [
                      "gpt-4",
                      "gpt-3.5-turbo",
                      "cache"
                    ],
                    "properties": {
                      "gpt-4": {
                        "$ref": "#/components/schemas/ModelCost"
                      },
                      "gpt-3.5-turbo": {
                        "$ref": "#/components/schemas/ModelCost"
                      },
                      "cache": {
                        "$ref": "#/components/schemas/ModelCost"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "DetectPersonalityRequest": {
        "type": "object",
        "description": "A question and what is known of the asker.",
        "additionalProperties": false,
        "required": [
          "question"
        ],
        "properties": {
          "question": {
            "$ref": "#/components/schemas/Question"
          },
          "userHistory": {
            "type": "object",
            "description": "The asker's history.",
            "additionalProperties": false,
            "properties": {
              "recentConsultations": {
                "type": "array",
                "maxItems": 50,
                "description": "Recent consultations.",
                "items": {
                  "type": "object",
                  "description": "A past consultation.",
                  "additionalProperties": false,
                  "required": [
                    "question",
                    "category"
                  ],
                  "properties": {
                    "question": {
                      "type": "string",
                      "maxLength": 500,
                      "description": "Its question."
                    },
                    "category": {
                      "$ref": "#/components/schemas/Category"
                    },
                    "satisfaction": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 5,
                      "description": "How satisfied the asker was (1–5)."
                    }
                  }
                }
              },
              "preferences": {
                "type": "object",
                "description": "The asker's preferences.",
                "additionalProperties": false,
                "properties": {
                  "preferredStyle": {
                    "type": "string",
                    "enum": [
                      "balanced",
                      "contemplative",
                      "insightful",
                      "guiding"
                    ],
                    "description": "Preferred personality."
                  },
                  "averageSessionLength": {
                    "type": "number",
                    "minimum": 0,
                    "description": "Minutes."
                  }
                }
              }
            }
          }
        }
      },
      "ScoredPersonality": {
        "type": "object",
        "description": "An alternative personality.",
        "additionalProperties": false,
        "required": [
          "personality",
          "score",
          "rationale"
        ],
        "properties": {
          "personality": {
            "$ref": "#/components/schemas/Personality"
          },
          "score": {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "description": "Its score."
          },
          "rationale": {
            "type": "string",
            "description": "What it would bring."
          }
        }
      },
      "DetectPersonalityResponse": {
        "type": "object",
        "description": "The recommendation.",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          },
          "data": {
            "type": "object",
            "description": "The recommended personality and the alternatives.",
            "additionalProperties": false,
            "required": [
              "recommendedPersonality",
              "confidence",
              "reasoning",
              "alternatives"
            ],
            "properties": {
              "recommendedPersonality": {
                "$ref": "#/components/schemas/Personality"
              },
              "confidence": {
                "type": "number",
                "minimum": 0,
                "maximum": 1,
                "description": "Confidence."
              },
              "reasoning": {
                "type": "object",
                "description": "Why.",
                "additionalProperties": false,
                "required": [
                  "questionAnalysis",
                  "historyInfluence",
                  "contextFactors"
                ],
                "properties": {
                  "questionAnalysis": {
                    "type": "string",
                    "description": "What the question shows."
                  },
                  "historyInfluence": {
                    "type": "string",
                    "description": "What the history adds."
                  },
                  "contextFactors": {
                    "type": "array",
                    "description": "Signals found.",
                    "items": {
                      "type": "string"
                    }
                  }
                }
              },
              "alternatives": {
                "type": "array",
                "description": "The other two, best first.",
                "items": {
                  "$ref": "#/components/schemas/ScoredPersonality"
                }
              }
            }
          }
        }
      },
      "CulturalContextRequest": {
        "type": "object",
        "description": "A text to enrich and check.",
        "additionalProperties": false,
        "required": [
          "text"
        ],
        "properties": {
          "text": {
            "type": "string",
            "minLength": 1,
            "maxLength": 5000,
            "description": "The text."
          },
          "currentDepth": {
            "$ref": "#/components/schemas/CulturalDepth"
          },
          "userFamiliarity": {
            "type": "string",
            "enum": [
              "beginner",
              "intermediate",
              "advanced"
            ],
            "description": "How familiar the reader is with Chinese culture."
          }
        }
      },
      "CulturalContextResponse": {
        "type": "object",
        "description": "The enriched text and its validation.",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          },
          "data": {
            "type": "object",
            "description": "The result.",
            "additionalProperties": false,
            "required": [
              "enhancedText",
              "culturalElements",
              "validation",
              "progressionSuggestions"
            ],
            "properties": {
              "enhancedText": {
                "type": "string",
                "description": "The text with Chinese names and pinyin added."
              },
              "culturalElements": {
                "type": "array",
                "description": "The cultural terms found.",
                "items": {
                  "type": "object",
                  "description": "One term.",
                  "additionalProperties": false,
                  "required": [
                    "term",
                    "chinese",
                    "pinyin",
                    "explanation",
                    "depth",
                    "category"
                  ],
                  "properties": {
                    "term": {
                      "type": "string",
                      "description": "The term as found."
                    },
                    "chinese": {
                      "type": "string",
                      "description": "Chinese."
                    },
                    "pinyin": {
                      "type": "string",
                      "description": "Pinyin."
                    },
                    "explanation": {
                      "type": "string",
                      "description": "What it means."
                    },
                    "depth": {
                      "$ref": "#/components/schemas/CulturalDepth"
                    },
                    "category": {
                      "type": "string",
                      "description": "`hexagram`, `trigram` (the prose's example says `philosophy`)."
                    }
                  }
                }
              },
              "validation": {
                "type": "object",
                "description": "Sensitivity check.",
                "additionalProperties": false,
                "required": [
                  "sensitivityScore",
                  "culturalAccuracy",
                  "respectfulLanguage",
                  "flaggedConcerns"
                ],
                "properties": {
                  "sensitivityScore": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1,
                    "description": "Sensitivity score."
                  },
                  "culturalAccuracy": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1,
                    "description": "Accuracy score."
                  },
                  "respectfulLanguage": {
                    "type": "boolean",
                    "description": "No flagged wording."
                  },
                  "flaggedConcerns": {
                    "type": "array",
                    "description": "The flagged wording, with why.",
                    "items": {
                      "type": "string"
                    }
                  }
                }
              },
              "progressionSuggestions": {
                "type": "object",
                "description": "Progress towards the next depth.",
                "additionalProperties": false,
                "required": [
                  "canAdvance",
                  "requirements",
                  "benefits"
                ],
                "properties": {
                  "canAdvance": {
                    "type": "boolean",
                    "description": "Whether the caller may advance now."
                  },
                  "requirements": {
                    "type": "array",
                    "description": "What the next level needs.",
                    "items": {
                      "type": "string"
                    }
                  },
                  "benefits": {
                    "type": "array",
                    "description": "What it brings.",
                    "items": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ModelSelectionRequest": {
        "type": "object",
        "description": "A question to pick a model for.",
        "additionalProperties": false,
        "required": [
          "question"
        ],
        "properties": {
          "question": {
            "$ref": "#/components/schemas/Question"
          },
          "userHistory": {
            "type": "array",
            "maxItems": 50,
            "description": "Earlier questions.",
            "items": {
              "type": "object",
              "description": "An earlier question.",
              "additionalProperties": false,
              "required": [
                "question"
              ],
              "properties": {
                "question": {
                  "type": "string",
                  "maxLength": 500,
                  "description": "Its text."
                },
                "category": {
                  "$ref": "#/components/schemas/Category"
                },
                "complexity": {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 1,
                  "description": "Its complexity score."
                }
              }
            }
          },
          "preferredBalance": {
            "type": "string",
            "enum": [
              "cost",
              "balanced",
              "quality"
            ],
            "default": "balanced",
            "description": "What matters more."
          }
        }
      },
      "ModelSelectionResponse": {
        "type": "object",
        "description": "The recommendation.",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          },
          "data": {
            "type": "object",
            "description": "The recommended model and the alternative.",
            "additionalProperties": false,
            "required": [
              "recommendedModel",
              "confidence",
              "reasoning",
              "alternatives"
            ],
            "properties": {
              "recommendedModel": {
                "$ref": "#/components/schemas/ModelName"
              },
              "confidence": {
                "type": "number",
                "minimum": 0,
                "maximum": 1,
                "description": "Confidence."
              },
              "reasoning": {
                "type": "object",
                "description": "Why.",
                "additionalProperties": false,
                "required": [
                  "complexityScore",
                  "historyInfluence",
                  "costImplication"
                ],
                "properties": {
                  "complexityScore": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1,
                    "description": "The question's complexity."
                  },
                  "historyInfluence": {
                    "type": "string",
                    "description": "What the history says."
                  },
                  "costImplication": {
                    "type": "object",
                    "description": "Costs.",
                    "additionalProperties": false,
                    "required": [
                      "estimatedCost",
                      "potentialSavings"
                    ],
                    "properties": {
                      "estimatedCost": {
                        "type": "number",
                        "minimum": 0,
                        "description": "Estimated cost with the recommended model."
                      },
                      "potentialSavings": {
                        "type": "number",
                        "minimum": 0,
                        "description": "Saved against `gpt-4`."
                      }
                    }
                  }
                }
              },
              "alternatives": {
                "type": "array",
                "description": "The other model.",
                "items": {
                  "type": "object",
                  "description": "An alternative model.",
                  "additionalProperties": false,
                  "required": [
                    "model",
                    "score",
                    "costDifference",
                    "qualityTrade-off"
                  ],
                  "properties": {
                    "model": {
                      "$ref": "#/components/schemas/ModelName"
                    },
                    "score": {
                      "type": "number",
                      "minimum": 0,
                      "maximum": 1,
                      "description": "Its fit."
                    },
                    "costDifference": {
                      "type": "number",
                      "description": "Its cost minus the recommended model's."
                    },
                    "qualityTrade-off": {
                      "type": "string",
                      "description": "What would change."
                    }
                  }
                }
              }
            }
          }
        }
      },
      "ModelTotals": {
        "type": "object",
        "description": "One model's consultations.",
        "additionalProperties": false,
        "required": [
          "consultations",
          "totalCost",
          "averageCost"
        ],
        "properties": {
          "consultations": {
            "type": "integer",
            "minimum": 0,
            "description": "Consultations it answered."
          },
          "totalCost": {
            "type": "number",
            "minimum": 0,
            "description": "Their cost."
          },
          "averageCost": {
            "type": "number",
            "minimum": 0,
            "description": "Per consultation (0 without any)."
          }
        }
      },
      "AiCostAnalyticsResponse": {
        "type": "object",
        "description": "Cost summary.",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          },
          "data": {
            "type": "object",
            "description": "The summary.",
            "additionalProperties": false,
            "required": [
              "summary",
              "modelUsage",
              "optimization"
            ],
            "properties": {
              "summary": {
                "type": "object",
                "description": "Totals of the period.",
                "additionalProperties": false,
                "required": [
                  "totalSpent",
                  "totalSaved",
                  "averageCostPerConsultation",
                  "cacheHitRate",
                  "savingsRate"
                ],
                "properties": {
                  "totalSpent": {
                    "type": "number",
                    "minimum": 0,
                    "description": "Spent."
                  },
                  "totalSaved": {
                    "type": "number",
                    "minimum": 0,
                    "description": "Saved by the cache."
                  },
                  "averageCostPerConsultation": {
                    "type": "number",
                    "minimum": 0,
                    "description": "Spent per consultation."
                  },
                  "cacheHitRate": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1,
                    "description": "Share of cache hits."
                  },
                  "savingsRate": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1,
                    "description": "Saved / (spent + saved)."
                  }
                }
              },
              "modelUsage": {
                "type": "object",
                "description": "Per model.",
                "additionalProperties": false,
                "required": [
                  "gpt-4",
                  "gpt-3.5-turbo"
                ],
                "properties": {
                  "gpt-4": {
                    "$ref": "#/components/schemas/ModelTotals"
                  },
                  "gpt-3.5-turbo": {
                    "$ref": "#/components/schemas/ModelTotals"
                  }
                }
              },
              "optimization": {
                "type": "object",
                "description": "Advice.",
                "additionalProperties": false,
                "required": [
                  "recommendations",
                  "potentialSavings",
                  "cacheEfficiency"
                ],
                "properties": {
                  "recommendations": {
                    "type": "array",
                    "description": "What to change.",
                    "items": {
                      "type": "string"
                    }
                  },
                  "potentialSavings": {
                    "type": "number",
                    "minimum": 0,
                    "description": "What `gpt-3.5-turbo` would have saved on the `gpt-4` consultations."
                  },
                  "cacheEfficiency": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1,
                    "description": "The cache hit rate."
                  }
                }
              }
            }
          }
        }
      },
      "DailyGuidance": {
        "type": "object",
        "description": "A day's guidance.",
        "additionalProperties": false,
        "required": [
          "id",
          "userId",
          "date",
          "hexagram",
          "dailyMessage",
          "personalizedInsights",
          "aiContext",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "`guide_` plus 32 hex digits."
          },
          "userId": {
            "type": "string",
            "format": "uuid",
            "description": "The user."
          },
          "date": {
            "type": "string",
            "format": "date",
            "description": "The day."
          },
          "hexagram": {
            "type": "object",
            "description": "The day's hexagram.",
            "additionalProperties": false,
            "required": [
              "number",
              "name",
              "chineseName",
              "symbol"
            ],
            "properties": {
              "number": {
                "type": "integer",
                "minimum": 1,
                "maximum": 64,
                "description": "King Wen number."
              },
              "name": {
                "type": "string",
                "description": "English name."
              },
              "chineseName": {
                "type": "string",
                "description": "Chinese name."
              },
              "symbol": {
                "type": "string",
                "description": "The Unicode hexagram character."
              }
            }
          },
          "dailyMessage": {
            "type": "object",
            "description": "The message.",
            "additionalProperties": false,
            "required": [
              "theme",
              "guidance",
              "focusAreas",
              "avoidToday"
            ],
            "properties": {
              "theme": {
                "type": "string",
                "description": "The day's theme."
              },
              "guidance": {
                "type": "string",
                "description": "The guidance."
              },
              "focusAreas": {
                "type": "array",
                "description": "What to focus on.",
                "items": {
                  "type": "string"
                }
              },
              "avoidToday": {
                "type": "array",
                "description": "What to avoid.",
                "items": {
                  "type": "string"
                }
              }
            }
          },
          "personalizedInsights": {
            "type": "object",
            "description": "Insights from the user's own data.",
            "additionalProperties": false,
            "required": [
              "basedOnHistory",
              "nextSteps"
            ],
            "properties": {
              "basedOnHistory": {
                "type": "string",
                "description": "From the user's consultations."
              },
              "calendarContext": {
                "type": "string",
                "description": "From the synced calendar's events of that date; left out when there are none."
              },
              "nextSteps": {
                "type": "string",
                "description": "What to do today."
              }
            }
          },
          "aiContext": {
            "type": "object",
            "description": "How it was made.",
            "additionalProperties": false,
            "required": [
              "generatedAt",
              "personalizedElements",
              "confidence"
            ],
            "properties": {
              "generatedAt": {
                "type": "string",
                "format": "date-time",
                "description": "When it was generated."
              },
              "personalizedElements": {
                "type": "array",
                "description": "What was used: `consultation_history`, `calendar_events`, `user_preferences`.",
                "items": {
                  "type": "string"
                }
              },
              "confidence": {
                "type": "number",
                "minimum": 0,
                "maximum": 1,
                "description": "Confidence."
              }
            }
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When it was first asked for."
          }
        }
      },
      "DailyGuidanceResponse": {
        "type": "object",
        "description": "The day's guidance.",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          },
          "data": {
            "type": "object",
            "description": "The guidance.",
            "additionalProperties": false,
            "required": [
              "guidance"
            ],
            "properties": {
              "guidance": {
                "$ref": "#/components/schemas/DailyGuidance"
              }
            }
          }
        }
      },
      "FocusArea": {
        "type": "string",
        "enum": [
          "decision_making",
          "career",
          "relationships",
          "health",
          "spiritual",
          "personal_growth",
          "financial",
          "creativity"
        ],
        "description": "What the guidance is about."
      },
      "GenerateGuidanceRequest": {
        "type": "object",
        "description": "What to get guidance on.",
        "additionalProperties": false,
        "required": [
          "focusArea"
        ],
        "properties": {
          "focusArea": {
            "$ref": "#/components/schemas/FocusArea"
          },
          "context": {
            "type": "object",
            "description": "The situation.",
            "additionalProperties": false,
            "properties": {
              "situation": {
                "type": "string",
                "maxLength": 1000,
                "description": "A sentence about the situation."
              },
              "timeframe": {
                "type": "string",
                "enum": [
                  "today",
                  "this_week",
                  "next_week",
                  "this_month",
                  "next_month",
                  "next_quarter",
                  "this_year"
                ],
                "description": "When it matters."
              },
              "concerns": {
                "type": "array",
                "maxItems": 10,
                "description": "Concerns (snake_case words, e.g. `financial_stability`).",
                "items": {
                  "type": "string",
                  "pattern": "^[a-z][a-z0-9_]{0,49}$"
                }
              }
            }
          }
        }
      },
      "CustomGuidanceResponse": {
        "type": "object",
        "description": "The custom guidance.",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          },
          "data": {
            "type": "object",
            "description": "The guidance.",
            "additionalProperties": false,
            "required": [
              "guidance"
            ],
            "properties": {
              "guidance": {
                "type": "object",
                "description": "Custom guidance.",
                "additionalProperties": false,
                "required": [
                  "id",
                  "type",
                  "focusArea",
                  "hexagram",
                  "guidance",
                  "actionSteps",
                  "timing",
                  "createdAt"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "description": "`guide_custom_` plus 32 hex digits."
                  },
                  "type": {
                    "type": "string",
                    "const": "custom",
                    "description": "Always `custom`."
                  },
                  "focusArea": {
                    "$ref": "#/components/schemas/FocusArea"
                  },
                  "hexagram": {
                    "$ref": "#/components/schemas/HexagramRef"
                  },
                  "guidance": {
                    "type": "string",
                    "description": "The guidance."
                  },
                  "actionSteps": {
                    "type": "array",
                    "description": "Steps.",
                    "items": {
                      "type": "string"
                    }
                  },
                  "timing": {
                    "type": "string",
                    "description": "When."
                  },
                  "createdAt": {
                    "type": "string",
                    "format": "date-time",
                    "description": "When it was generated."
                  }
                }
              }
            }
          }
        }
      },
      "Notifications": {
        "type": "object",
        "description": "Notification switches.",
        "additionalProperties": false,
        "required": [
          "dailyGuidance",
          "consultationReminders",
          "weeklyInsights"
        ],
        "properties": {
          "dailyGuidance": {
            "type": "boolean",
            "description": "Daily guidance."
          },
          "consultationReminders": {
            "type": "boolean",
            "description": "Reminders."
          },
          "weeklyInsights": {
            "type": "boolean",
            "description": "Weekly insights."
          }
        }
      },
      "FullPreferences": {
        "type": "object",
        "description": "Every preference (the prose's enhanced and basic profiles together).",
        "additionalProperties": false,
        "required": [
          "culturalDepth",
          "aiPersonalityPreference",
          "animationPreferences",
          "sessionTracking",
          "interpretationStyle",
          "guidanceTime",
          "timezone",
          "notifications",
          "privacy"
        ],
        "properties": {
          "culturalDepth": {
            "$ref": "#/components/schemas/CulturalDepth"
          },
          "aiPersonalityPreference": {
            "$ref": "#/components/schemas/PersonalityPreference"
          },
          "animationPreferences": {
            "$ref": "#/components/schemas/AnimationPreferences"
          },
          "sessionTracking": {
            "$ref": "#/components/schemas/SessionTracking"
          },
          "interpretationStyle": {
            "$ref": "#/components/schemas/InterpretationStyle"
          },
          "guidanceTime": {
            "$ref": "#/components/schemas/GuidanceTime"
          },
          "timezone": {
            "$ref": "#/components/schemas/TimeZone"
          },
          "notifications": {
            "$ref": "#/components/schemas/Notifications"
          },
          "privacy": {
            "$ref": "#/components/schemas/Privacy"
          }
        }
      },
      "PersonalityPreference": {
        "type": "string",
        "enum": [
          "balanced",
          "contemplative",
          "insightful",
          "guiding"
        ],
        "description": "Preferred AI personality."
      },
      "AnimationPreferences": {
        "type": "object",
        "description": "Animation settings.",
        "additionalProperties": false,
        "required": [
          "reducedMotion",
          "gpuAcceleration",
          "streamingSpeed"
        ],
        "properties": {
          "reducedMotion": {
            "type": "boolean",
            "description": "Reduce motion."
          },
          "gpuAcceleration": {
            "type": "boolean",
            "description": "Use the GPU."
          },
          "streamingSpeed": {
            "type": "string",
            "enum": [
              "slow",
              "medium",
              "fast"
            ],
            "description": "How fast streamed text appears."
          }
        }
      },
      "SessionTracking": {
        "type": "object",
        "description": "Session wellbeing settings.",
        "additionalProperties": false,
        "required": [
          "longSessionReminders",
          "mindfulnessBreaks",
          "maxSessionDuration"
        ],
        "properties": {
          "longSessionReminders": {
            "type": "boolean",
            "description": "Remind after long sessions."
          },
          "mindfulnessBreaks": {
            "type": "boolean",
            "description": "Suggest breaks."
          },
          "maxSessionDuration": {
            "type": "integer",
            "minimum": 5,
            "maximum": 240,
            "description": "Minutes."
          }
        }
      },
      "Privacy": {
        "type": "object",
        "description": "Privacy choices.",
        "additionalProperties": false,
        "required": [
          "analyticsOptIn",
          "marketingOptIn"
        ],
        "properties": {
          "analyticsOptIn": {
            "type": "boolean",
            "description": "Allow analytics."
          },
          "marketingOptIn": {
            "type": "boolean",
            "description": "Allow marketing."
          }
        }
      },
      "Statistics": {
        "type": "object",
        "description": "The basic profile's figures.",
        "additionalProperties": false,
        "required": [
          "totalConsultations",
          "currentStreak",
          "longestStreak",
          "favoriteCategory",
          "averageRating",
          "joinDate"
        ],
        "properties": {
          "totalConsultations": {
            "type": "integer",
            "minimum": 0,
            "description": "Consultations stored."
          },
          "currentStreak": {
            "type": "integer",
            "minimum": 0,
            "description": "Consecutive days with a consultation, ending today or yesterday."
          },
          "longestStreak": {
            "type": "integer",
            "minimum": 0,
            "description": "Longest such run."
          },
          "favoriteCategory": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/Category"
              },
              {
                "type": "null"
              }
            ],
            "description": "Most asked category (null without consultations)."
          },
          "averageRating": {
            "type": "number",
            "minimum": 0,
            "maximum": 5,
            "description": "Mean rating of rated consultations (0 without any)."
          },
          "joinDate": {
            "type": "string",
            "format": "date-time",
            "description": "When the account was created."
          }
        }
      },
      "ProfileAnalytics": {
        "type": "object",
        "description": "The enhanced profile's figures (the same numbers as `statistics`, and more).",
        "additionalProperties": false,
        "required": [
          "totalConsultations",
          "currentStreak",
          "longestStreak",
          "favoritePersonality",
          "averageSessionDuration",
          "culturalProgressionDate",
          "favoriteCategory",
          "averageRating",
          "joinDate"
        ],
        "properties": {
          "totalConsultations": {
            "type": "integer",
            "minimum": 0,
            "description": "Consultations stored."
          },
          "currentStreak": {
            "type": "integer",
            "minimum": 0,
            "description": "As in `statistics`."
          },
          "longestStreak": {
            "type": "integer",
            "minimum": 0,
            "description": "As in `statistics`."
          },
          "favoritePersonality": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/Personality"
              },
              {
                "type": "null"
              }
            ],
            "description": "Most used personality (null without consultations)."
          },
          "averageSessionDuration": {
            "type": "number",
            "minimum": 0,
            "description": "Minutes; not measured by the stub (0)."
          },
          "culturalProgressionDate": {
            "anyOf": [
              {
                "type": "string",
                "format": "date-time"
              },
              {
                "type": "null"
              }
            ],
            "description": "When the user advanced to depth 2, or null."
          },
          "favoriteCategory": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/Category"
              },
              {
                "type": "null"
              }
            ],
            "description": "As in `statistics`."
          },
          "averageRating": {
            "type": "number",
            "minimum": 0,
            "maximum": 5,
            "description": "As in `statistics`."
          },
          "joinDate": {
            "type": "string",
            "format": "date-time",
            "description": "As in `statistics`."
          }
        }
      },
      "Subscription": {
        "type": "object",
        "description": "The paid subscription.",
        "additionalProperties": false,
        "required": [
          "tier",
          "status",
          "currentPeriodStart",
          "currentPeriodEnd",
          "cancelAtPeriodEnd"
        ],
        "properties": {
          "tier": {
            "$ref": "#/components/schemas/Tier"
          },
          "status": {
            "type": "string",
            "enum": [
              "active",
              "cancelled",
              "past_due"
            ],
            "description": "Status."
          },
          "currentPeriodStart": {
            "type": "string",
            "format": "date-time",
            "description": "Start of the billing period."
          },
          "currentPeriodEnd": {
            "type": "string",
            "format": "date-time",
            "description": "End of the billing period."
          },
          "cancelAtPeriodEnd": {
            "type": "boolean",
            "description": "Ends at the period's end."
          }
        }
      },
      "Profile": {
        "type": "object",
        "description": "The one profile shape carrying both of the prose's (see `GET /api/user/profile`).",
        "additionalProperties": false,
        "required": [
          "id",
          "email",
          "displayName",
          "subscriptionTier",
          "preferences",
          "analytics",
          "statistics",
          "onboardingCompleted",
          "createdAt",
          "updatedAt",
          "lastLoginAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "The user id."
          },
          "email": {
            "type": "string",
            "description": "The sign-in email."
          },
          "displayName": {
            "type": "string",
            "description": "The name shown in the app."
          },
          "subscriptionTier": {
            "$ref": "#/components/schemas/Tier"
          },
          "preferences": {
            "$ref": "#/components/schemas/FullPreferences"
          },
          "analytics": {
            "$ref": "#/components/schemas/ProfileAnalytics"
          },
          "statistics": {
            "$ref": "#/components/schemas/Statistics"
          },
          "subscription": {
            "$ref": "#/components/schemas/Subscription"
          },
          "onboardingCompleted": {
            "type": "boolean",
            "description": "Whether onboarding was completed."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the account was created."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the profile last changed."
          },
          "lastLoginAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the account last signed in."
          }
        }
      },
      "ProfileResponse": {
        "type": "object",
        "description": "The profile.",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          },
          "data": {
            "type": "object",
            "description": "The profile.",
            "additionalProperties": false,
            "required": [
              "user"
            ],
            "properties": {
              "user": {
                "$ref": "#/components/schemas/Profile"
              }
            }
          }
        }
      },
      "UpdateProfileRequest": {
        "type": "object",
        "description": "What to change; at least one field. Nested preferences are merged.",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "displayName": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "description": "New display name."
          },
          "onboardingCompleted": {
            "type": "boolean",
            "description": "Mark onboarding as completed."
          },
          "preferences": {
            "type": "object",
            "description": "Preferences to change; the rest are kept.",
            "additionalProperties": false,
            "properties": {
              "culturalDepth": {
                "$ref": "#/components/schemas/CulturalDepth"
              },
              "aiPersonalityPreference": {
                "$ref": "#/components/schemas/PersonalityPreference"
              },
              "animationPreferences": {
                "type": "object",
                "description": "Animation settings to change.",
                "additionalProperties": false,
                "properties": {
                  "reducedMotion": {
                    "type": "boolean",
                    "description": "Reduce motion."
                  },
                  "gpuAcceleration": {
                    "type": "boolean",
                    "description": "Use the GPU."
                  },
                  "streamingSpeed": {
                    "type": "string",
                    "enum": [
                      "slow",
                      "medium",
                      "fast"
                    ],
                    "description": "Streamed text speed."
                  }
                }
              },
              "sessionTracking": {
                "type": "object",
                "description": "Session settings to change.",
                "additionalProperties": false,
                "properties": {
                  "longSessionReminders": {
                    "type": "boolean",
                    "description": "Remind after long sessions."
                  },
                  "mindfulnessBreaks": {
                    "type": "boolean",
                    "description": "Suggest breaks."
                  },
                  "maxSessionDuration": {
                    "type": "integer",
                    "minimum": 5,
                    "maximum": 240,
                    "description": "Minutes."
                  }
                }
              },
              "interpretationStyle": {
                "$ref": "#/components/schemas/InterpretationStyle"
              },
              "guidanceTime": {
                "$ref": "#/components/schemas/GuidanceTime"
              },
              "timezone": {
                "$ref": "#/components/schemas/TimeZone"
              },
              "notifications": {
                "type": "object",
                "description": "Notification switches to change.",
                "additionalProperties": false,
                "properties": {
                  "dailyGuidance": {
                    "type": "boolean",
                    "description": "Daily guidance."
                  },
                  "consultationReminders": {
                    "type": "boolean",
                    "description": "Reminders."
                  },
                  "weeklyInsights": {
                    "type": "boolean",
                    "description": "Weekly insights."
                  }
                }
              },
              "privacy": {
                "type": "object",
                "description": "Privacy choices to change.",
                "additionalProperties": false,
                "properties": {
                  "analyticsOptIn": {
                    "type": "boolean",
                    "description": "Allow analytics."
                  },
                  "marketingOptIn": {
                    "type": "boolean",
                    "description": "Allow marketing."
                  }
                }
              }
            }
          }
        }
      },
      "UserAnalyticsResponse": {
        "type": "object",
        "description": "The user's analytics.",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          },
          "data": {
            "type": "object",
            "description": "The analytics.",
            "additionalProperties": false,
            "required": [
              "analytics"
            ],
            "properties": {
              "analytics": {
                "type": "object",
                "description": "Analytics of the range.",
                "additionalProperties": false,
                "required": [
                  "period",
                  "startDate",
                  "endDate",
                  "consultations",
                  "patterns",
                  "insights"
                ],
                "properties": {
                  "period": {
                    "type": "string",
                    "enum": [
                      "day",
                      "week",
                      "month",
                      "year"
                    ],
                    "description": "The period."
                  },
                  "startDate": {
                    "type": "string",
                    "format": "date",
                    "description": "First day."
                  },
                  "endDate": {
                    "type": "string",
                    "format": "date",
                    "description": "Last day."
                  },
                  "consultations": {
                    "type": "object",
                    "description": "Consultations in the range.",
                    "additionalProperties": false,
                    "required": [
                      "total",
                      "byCategory",
                      "favoriteHexagrams"
                    ],
                    "properties": {
                      "total": {
                        "type": "integer",
                        "minimum": 0,
                        "description": "How many."
                      },
                      "byCategory": {
                        "type": "object",
                        "description": "Per category.",
                        "additionalProperties": false,
                        "properties": {
                          "career": {
                            "type": "integer",
                            "minimum": 0,
                            "description": "Career."
                          },
                          "relationships": {
                            "type": "integer",
                            "minimum": 0,
                            "description": "Relationships."
                          },
                          "health": {
                            "type": "integer",
                            "minimum": 0,
                            "description": "Health."
                          },
                          "spiritual": {
                            "type": "integer",
                            "minimum": 0,
                            "description": "Spiritual."
                          },
                          "general": {
                            "type": "integer",
                            "minimum": 0,
                            "description": "General."
                          }
                        }
                      },
                      "avgRating": {
                        "type": "number",
                        "minimum": 1,
                        "maximum": 5,
                        "description": "Mean rating; left out when none is rated."
                      },
                      "favoriteHexagrams": {
                        "type": "array",
                        "maxItems": 3,
                        "description": "The most cast, most first.",
                        "items": {
                          "type": "object",
                          "description": "A hexagram and how often it was cast.",
                          "additionalProperties": false,
                          "required": [
                            "number",
                            "name",
                            "count"
                          ],
                          "properties": {
                            "number": {
                              "type": "integer",
                              "minimum": 1,
                              "maximum": 64,
                              "description": "King Wen number."
                            },
                            "name": {
                              "type": "string",
                              "description": "English name."
                            },
                            "count": {
                              "type": "integer",
                              "minimum": 1,
                              "description": "Times cast."
                            }
                          }
                        }
                      }
                    }
                  },
                  "patterns": {
                    "type": "object",
                    "description": "Habits.",
                    "additionalProperties": false,
                    "required": [
                      "consultationStreak",
                      "themes"
                    ],
                    "properties": {
                      "mostActiveDay": {
                        "type": "string",
                        "enum": [
                          "Monday",
                          "Tuesday",
                          "Wednesday",
                          "Thursday",
                          "Friday",
                          "Saturday",
                          "Sunday"
                        ],
                        "description": "Busiest weekday (UTC); left out without consultations."
                      },
                      "preferredTime": {
                        "type": "string",
                        "pattern": "^\\d{2}:00-\\d{2}:00$",
                        "description": "Busiest hour (UTC); left out without consultations."
                      },
                      "consultationStreak": {
                        "type": "integer",
                        "minimum": 0,
                        "description": "The current streak (days)."
                      },
                      "themes": {
                        "type": "array",
                        "description": "Most frequent keywords of the hexagrams cast.",
                        "items": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "insights": {
                    "type": "object",
                    "description": "Reflections.",
                    "additionalProperties": false,
                    "required": [
                      "personalGrowth",
                      "recommendations"
                    ],
                    "properties": {
                      "personalGrowth": {
                        "type": "string",
                        "description": "What the figures show."
                      },
                      "recommendations": {
                        "type": "array",
                        "description": "Suggestions.",
                        "items": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "CulturalProgressionRequest": {
        "type": "object",
        "description": "A level action.",
        "additionalProperties": false,
        "required": [
          "action",
          "currentLevel"
        ],
        "properties": {
          "action": {
            "type": "string",
            "enum": [
              "check",
              "advance",
              "revert"
            ],
            "description": "`check` reports, `advance` goes to level 2, `revert` to level 1."
          },
          "currentLevel": {
            "$ref": "#/components/schemas/CulturalDepth"
          },
          "reason": {
            "type": "string",
            "maxLength": 500,
            "description": "Why (kept for the record)."
          }
        }
      },
      "CulturalProgressionResponse": {
        "type": "object",
        "description": "The level after the action.",
        "additionalProperties": false,
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          },
          "data": {
            "type": "object",
            "description": "Level and requirements.",
            "additionalProperties": false,
            "required": [
              "currentLevel",
              "canAdvance",
              "requirements",
              "benefits"
            ],
            "properties": {
              "currentLevel": {
                "$ref": "#/components/schemas/CulturalDepth"
              },
              "canAdvance": {
                "type": "boolean",
                "description": "Whether `advance` would succeed now."
              },
              "requirements": {
                "type": "object",
                "description": "What advancing from level 1 needs.",
                "additionalProperties": false,
                "required": [
                  "consultationsNeeded",
                  "culturalKnowledgeAssessment",
                  "timeRequirement"
                ],
                "properties": {
                  "consultationsNeeded": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Consultations still missing (of 10)."
                  },
                  "culturalKnowledgeAssessment": {
                    "type": "boolean",
                    "description": "Whether the next level asks for the assessment (informational)."
                  },
                  "timeRequirement": {
                    "type": "string",
                    "description": "Informational."
                  }
                }
              },
              "benefits": {
                "type": "array",
                "description": "What level 2 brings (offered at level 1, held at level 2).",
                "items": {
                  "type": "string"
                }
              }
            }
          }
        }
      }
    },
    "examples": {
      "FreshConsultation": {
        "summary": "The prose's fresh answer, with the cast corrected (lines 7,8,8,9,9,9 are 25 → 24, not 11 → 12)",
        "value": {
          "success": true,
          "data": {
            "consultation": {
              "id": "cons_123e4567e89b12d3a456426614174000",
              "userId": "123e4567-e89b-12d3-a456-426614174000",
              "question": "Should I make a career change right now?",
              "category": "career",
              "culturalDepth": 1,
              "aiPersonalityState": "contemplative",
              "fromCache": false,
              "cacheKey": "hexagram_25_career_career_change_right",
              "hexagramData": {
                "number": 25,
                "name": "Innocence (The Unexpected)",
                "chineseName": "無妄",
                "symbol": "䷘",
                "lines": [
                  7,
                  8,
                  8,
                  9,
                  9,
                  9
                ],
                "changingLines": [
                  4,
                  5,
                  6
                ],
                "trigrams": {
                  "upper": "heaven",
                  "lower": "thunder"
                },
                "relatingHexagram": {
                  "number": 24,
                  "name": "Return",
                  "chineseName": "復"
                },
                "symbolism": {
                  "trigrams": [
                    "Heaven",
                    "Thunder"
                  ],
                  "element": "metal",
                  "season": "late autumn",
                  "direction": "northwest"
                }
              },
              "interpretations": {
                "traditional": {
                  "meaning": "Innocence (The Unexpected) (無妄, Wú Wàng) places Heaven (creative, strong) above Thunder (arousing, movement) - innocence, sincerity, spontaneity, the unexpected.",
                  "judgment": "Innocence. Supreme success. Perseverance furthers. If someone is not as he should be, he has misfortune, and it does not further him to undertake anything.",
                  "image": "Under heaven thunder rolls. All things attain the natural state of innocence.",
                  "changingLines": {
                    "4": "He who can be persevering remains without blame.",
                    "5": "Use no medicine in an illness incurred through no fault of your own. It will pass of itself.",
                    "6": "Innocent action brings misfortune. Nothing furthers."
                  }
                },
                "personal": {
                  "interpretation": "In your career situation, Innocence suggests acting from sincerity rather than calculation...",
                  "keyInsights": [
                    "Sincerity is your strongest asset in this career question",
                    "Expect the unexpected and stay unattached to outcomes",
                    "The changing lines point towards Return - a new beginning"
                  ],
                  "actionGuidance": "Take concrete steps toward your career goals while maintaining stability in other life areas."
                },
                "ai": {
                  "content": "In your career situation, Innocence suggests acting from sincerity rather than calculation...",
                  "personalityState": "contemplative",
                  "culturalDepth": 1,
                  "confidenceScore": 0.89,
                  "culturalElements": {
                    "concepts": [
                      "innocence",
                      "sincerity",
                      "spontaneity",
                      "the unexpected"
                    ],
                    "translations": {
                      "Innocence (The Unexpected)": "無妄 (Wú Wàng)",
                      "Heaven": "乾 (Qián)",
                      "Thunder": "震 (Zhèn)"
                    },
                    "context": "Heaven (乾, the father) stands above Thunder (震, the eldest son)."
                  }
                },
                "practical": {
                  "nextSteps": [
                    "Update your resume and LinkedIn profile",
                    "Research companies in your target industry",
                    "Network with professionals in your desired field",
                    "Set a timeline for making the transition"
                  ],
                  "timeframe": "1-3 months for preparation, 6 months for execution",
                  "riskFactors": [
                    "Don't rush the transition despite favorable conditions",
                    "Maintain financial stability during the change"
                  ],
                  "keyInsights": [
                    "Sincerity is your strongest asset in this career question",
                    "Expect the unexpected and stay unattached to outcomes",
                    "The changing lines point towards Return - a new beginning"
                  ],
                  "actionSteps": [
                    "Update your resume and LinkedIn profile",
                    "Research companies in your target industry",
                    "Network with professionals in your desired field",
                    "Set a timeline for making the transition"
                  ],
                  "reflectionQuestions": [
                    "Where in your career situation is innocence already present?",
                    "What would change if you let sincerity set the pace?",
                    "What would you need to let go of for return to come?"
                  ]
                }
              },
              "aiContext": {
                "modelUsed": "gpt-4",
                "promptVersion": "v2.1",
                "confidence": 0.89,
                "culturalAccuracy": 0.94,
                "cacheHit": false,
                "tokensUsed": 450,
                "costOptimization": {
                  "originalCost": 0.018,
                  "actualCost": 0.018,
                  "savings": 0
                },
                "responseTime": 1850
              },
              "analytics": {
                "aiPersonalityState": "contemplative",
                "responseTime": 1850,
                "tokenUsage": 450,
                "culturalAccuracy": 0.94,
                "costAnalytics": {
                  "modelUsed": "gpt-4",
                  "cacheHit": false,
                  "cost": 0.018,
                  "tokensSaved": 0,
                  "costSaved": 0
                }
              },
              "tags": [],
              "favorite": false,
              "isBookmarked": false,
              "createdAt": "2025-07-30T10:30:00Z",
              "updatedAt": "2025-07-30T10:30:00Z"
            }
          }
        }
      },
      "CachedConsultation": {
        "summary": "The prose's cached answer, completed (a repeated question pattern within 24 hours)",
        "value": {
          "success": true,
          "data": {
            "consultation": {
              "id": "cons_cached_123e4567e89b12d3a456426614174000",
              "userId": "123e4567-e89b-12d3-a456-426614174000",
              "question": "Should I change my career right now?",
              "category": "career",
              "culturalDepth": 1,
              "aiPersonalityState": "contemplative",
              "fromCache": true,
              "cacheKey": "hexagram_25_career_career_change_right",
              "hexagramData": {
                "number": 25,
                "name": "Innocence (The Unexpected)",
                "chineseName": "無妄",
                "symbol": "䷘",
                "lines": [
                  7,
                  8,
                  8,
                  9,
                  9,
                  9
                ],
                "changingLines": [
                  4,
                  5,
                  6
                ],
                "trigrams": {
                  "upper": "heaven",
                  "lower": "thunder"
                },
                "relatingHexagram": {
                  "number": 24,
                  "name": "Return",
                  "chineseName": "復"
                },
                "symbolism": {
                  "trigrams": [
                    "Heaven",
                    "Thunder"
                  ],
                  "element": "metal",
                  "season": "late autumn",
                  "direction": "northwest"
                }
              },
              "interpretations": {
                "traditional": {
                  "meaning": "Innocence (The Unexpected) (無妄, Wú Wàng) places Heaven (creative, strong) above Thunder (arousing, movement) - innocence, sincerity, spontaneity, the unexpected.",
                  "judgment": "Innocence. Supreme success. Perseverance furthers.",
                  "image": "Under heaven thunder rolls. All things attain the natural state of innocence."
                },
                "personal": {
                  "interpretation": "In your career situation, Innocence suggests acting from sincerity rather than calculation...",
                  "keyInsights": [
                    "Sincerity is your strongest asset in this career question"
                  ],
                  "actionGuidance": "Take concrete steps toward your career goals while maintaining stability in other life areas."
                },
                "ai": {
                  "content": "In your career situation, Innocence suggests acting from sincerity rather than calculation...",
                  "personalityState": "contemplative",
                  "culturalDepth": 1,
                  "confidenceScore": 0.89,
                  "culturalElements": {
                    "concepts": [
                      "innocence",
                      "sincerity",
                      "spontaneity",
                      "the unexpected"
                    ],
                    "translations": {
                      "Innocence (The Unexpected)": "無妄 (Wú Wàng)",
                      "Heaven": "乾 (Qián)",
                      "Thunder": "震 (Zhèn)"
                    },
                    "context": "Heaven (乾, the father) stands above Thunder (震, the eldest son)."
                  }
                },
                "practical": {
                  "nextSteps": [
                    "Update your resume and LinkedIn profile"
                  ],
                  "timeframe": "1-3 months for preparation, 6 months for execution",
                  "riskFactors": [
                    "Maintain financial stability during the change"
                  ],
                  "keyInsights": [
                    "Sincerity is your strongest asset in this career question"
                  ],
                  "actionSteps": [
                    "Update your resume and LinkedIn profile"
                  ],
                  "reflectionQuestions": [
                    "Where in your career situation is innocence already present?"
                  ]
                }
              },
              "aiContext": {
                "modelUsed": "cache",
                "promptVersion": "v2.1",
                "confidence": 0.89,
                "culturalAccuracy": 0.94,
                "cacheHit": true,
                "tokensUsed": 0,
                "costOptimization": {
                  "originalCost": 0.018,
                  "actualCost": 0,
                  "savings": 1
                },
                "responseTime": 45,
                "originalResponseTime": 1850,
                "actualResponseTime": 45
              },
              "analytics": {
                "aiPersonalityState": "contemplative",
                "responseTime": 45,
                "tokenUsage": 0,
                "culturalAccuracy": 0.94,
                "costAnalytics": {
                  "modelUsed": "cache",
                  "cacheHit": true,
                  "cost": 0,
                  "tokensSaved": 450,
                  "costSaved": 0.018
                }
              },
              "tags": [],
              "favorite": false,
              "isBookmarked": false,
              "createdAt": "2025-07-30T10:45:00Z",
              "updatedAt": "2025-07-30T10:45:00Z"
            }
          }
        }
      },
      "ConsultationStream": {
        "summary": "The prose's stream, with the cast corrected (25 → 24)",
        "value": "event: hexagram\ndata: {\"hexagram\":{\"number\":25,\"name\":\"Innocence (The Unexpected)\",\"chineseName\":\"無妄\",\"symbol\":\"䷘\",\"lines\":[7,8,8,9,9,9],\"changingLines\":[4,5,6],\"trigrams\":{\"upper\":\"heaven\",\"lower\":\"thunder\"},\"relatingHexagram\":{\"number\":24,\"name\":\"Return\",\"chineseName\":\"復\"},\"symbolism\":{\"trigrams\":[\"Heaven\",\"Thunder\"],\"element\":\"metal\",\"season\":\"late autumn\",\"direction\":\"northwest\"}}}\n\nevent: personality\ndata: {\"state\":\"contemplative\",\"reasoning\":\"Question shows deep reflection\",\"indicators\":[\"thoughtful_language\",\"long_term_focus\"]}\n\nevent: ai-chunk\ndata: {\"chunk\":\"In your career situation, Innocence suggests...\",\"chunkIndex\":1,\"section\":\"ai\"}\n\nevent: complete\ndata: {\"consultation\":{\"id\":\"cons_123e4567e89b12d3a456426614174000\",\"aiPersonalityState\":\"contemplative\",\"costOptimization\":{\"cacheHit\":false,\"modelUsed\":\"gpt-4\",\"cost\":0.018}}}\n\n"
      },
      "Profile": {
        "summary": "The prose's two profile examples (enhanced and basic) merged into the one shape",
        "value": {
          "success": true,
          "data": {
            "user": {
              "id": "123e4567-e89b-12d3-a456-426614174000",
              "email": "user@example.com",
              "displayName": "John Doe",
              "subscriptionTier": "premium",
              "preferences": {
                "culturalDepth": 1,
                "aiPersonalityPreference": "balanced",
                "animationPreferences": {
                  "reducedMotion": false,
                  "gpuAcceleration": true,
                  "streamingSpeed": "medium"
                },
                "sessionTracking": {
                  "longSessionReminders": true,
                  "mindfulnessBreaks": false,
                  "maxSessionDuration": 45
                },
                "interpretationStyle": "balanced",
                "guidanceTime": "09:00",
                "timezone": "America/New_York",
                "notifications": {
                  "dailyGuidance": true,
                  "consultationReminders": false,
                  "weeklyInsights": true
                },
                "privacy": {
                  "analyticsOptIn": true,
                  "marketingOptIn": false
                }
              },
              "analytics": {
                "totalConsultations": 47,
                "currentStreak": 12,
                "longestStreak": 28,
                "favoritePersonality": "contemplative",
                "averageSessionDuration": 8.5,
                "culturalProgressionDate": null,
                "favoriteCategory": "career",
                "averageRating": 4.6,
                "joinDate": "2025-06-15T00:00:00Z"
              },
              "statistics": {
                "totalConsultations": 47,
                "currentStreak": 12,
                "longestStreak": 28,
                "favoriteCategory": "career",
                "averageRating": 4.6,
                "joinDate": "2025-06-15T00:00:00Z"
              },
              "subscription": {
                "tier": "premium",
                "status": "active",
                "currentPeriodStart": "2025-07-01T00:00:00Z",
                "currentPeriodEnd": "2025-08-01T00:00:00Z",
                "cancelAtPeriodEnd": false
              },
              "onboardingCompleted": true,
              "createdAt": "2025-06-15T10:00:00Z",
              "updatedAt": "2025-07-30T08:00:00Z",
              "lastLoginAt": "2025-07-30T08:00:00Z"
            }
          }
        }
      },
      "AuthorizationErrorExample": {
        "summary": "A user who is not an admin",
        "value": {
          "success": false,
          "error": {
            "code": "AUTHORIZATION_ERROR",
            "message": "This operation is for administrators only",
            "details": {},
            "wisdom": {
              "chineseQuote": "不在其位，不谋其政 - Bù zài qí wèi, bù móu qí zhèng",
              "translation": "One not in the position does not plan its affairs",
              "explanation": "Each place carries its own responsibilities",
              "guidance": [
                "Act within the role you hold"
              ]
            },
            "recovery": {
              "immediateActions": [
                "Sign in with an administrator account"
              ],
              "alternativeApproaches": [
                "Ask an administrator to act for you"
              ],
              "preventionTips": [
                "Check your role before using admin tools"
              ]
            },
            "context": {
              "errorCategory": "authorization",
              "severity": "medium",
              "isRetryable": false,
              "retryAfter": null
            },
            "requestId": "req_123e4567e89b12d3a456426614174000",
            "timestamp": "2025-07-30T15:30:00Z"
          }
        }
      },
      "ExportNotReadyError": {
        "summary": "The export is still processing",
        "value": {
          "success": false,
          "error": {
            "code": "VALIDATION_ERROR",
            "message": "Export export_123e4567e89b12d3a456426614174000 is still processing; poll its status first",
            "details": {
              "exportId": "export_123e4567e89b12d3a456426614174000"
            },
            "wisdom": {
              "chineseQuote": "欲速则不达 - Yù sù zé bù dá",
              "translation": "Haste brings no arrival",
              "explanation": "What ripens in its own time cannot be hurried",
              "guidance": [
                "Wait for the right moment"
              ]
            },
            "recovery": {
              "immediateActions": [
                "Poll the export's status"
              ],
              "alternativeApproaches": [
                "Try again shortly"
              ],
              "preventionTips": [
                "Download only completed exports"
              ]
            },
            "context": {
              "errorCategory": "validation",
              "severity": "low",
              "isRetryable": true,
              "retryAfter": null
            },
            "requestId": "req_123e4567e89b12d3a456426614174000",
            "timestamp": "2025-07-30T15:30:00Z"
          }
        }
      },
      "ValidationError": {
        "summary": "The prose's example (validation)",
        "value": {
          "success": false,
          "error": {
            "code": "VALIDATION_ERROR",
            "message": "body.question: must NOT have fewer than 10 characters",
            "details": [
              {
                "field": "body.question",
                "message": "must NOT have fewer than 10 characters"
              }
            ],
            "wisdom": {
              "chineseQuote": "明者见危于无形 - Míng zhě jiàn wēi yú wú xíng",
              "translation": "The wise see clarity in all things",
              "explanation": "Clear intention brings clear guidance",
              "guidance": [
                "Refine your question to reflect your true inquiry",
                "Be specific about what guidance you seek",
                "Take a moment to clarify your thoughts before asking"
              ]
            },
            "recovery": {
              "immediateActions": [
                "Expand your question with more context",
                "Try rephrasing your concern"
              ],
              "alternativeApproaches": [
                "Use the guided question builder",
                "Browse example questions"
              ],
              "preventionTips": [
                "Include specific details about your situation",
                "Ask about one topic at a time"
              ]
            },
            "context": {
              "errorCategory": "validation",
              "severity": "low",
              "isRetryable": true,
              "retryAfter": null
            },
            "requestId": "req_123e4567e89b12d3a456426614174000",
            "timestamp": "2025-07-30T15:30:00Z"
          }
        }
      },
      "EmailTakenError": {
        "summary": "The email is registered already",
        "value": {
          "success": false,
          "error": {
            "code": "VALIDATION_ERROR",
            "message": "body.email: is already registered",
            "details": [
              {
                "field": "body.email",
                "message": "is already registered"
              }
            ],
            "wisdom": {
              "chineseQuote": "明者见危于无形 - Míng zhě jiàn wēi yú wú xíng",
              "translation": "The wise see clarity in all things",
              "explanation": "Clear intention brings clear guidance",
              "guidance": [
                "Refine your question to reflect your true inquiry",
                "Be specific about what guidance you seek",
                "Take a moment to clarify your thoughts before asking"
              ]
            },
            "recovery": {
              "immediateActions": [
                "Expand your question with more context",
                "Try rephrasing your concern"
              ],
              "alternativeApproaches": [
                "Use the guided question builder",
                "Browse example questions"
              ],
              "preventionTips": [
                "Include specific details about your situation",
                "Ask about one topic at a time"
              ]
            },
            "context": {
              "errorCategory": "validation",
              "severity": "low",
              "isRetryable": true,
              "retryAfter": null
            },
            "requestId": "req_123e4567e89b12d3a456426614174000",
            "timestamp": "2025-07-30T15:30:00Z"
          }
        }
      },
      "AuthenticationError": {
        "summary": "No access token",
        "value": {
          "success": false,
          "error": {
            "code": "AUTHENTICATION_ERROR",
            "message": "header.authorization: Bearer <accessToken> is required",
            "details": {},
            "wisdom": {
              "chineseQuote": "知人者智，自知者明 - Zhī rén zhě zhì, zì zhī zhě míng",
              "translation": "Knowing others is wisdom; knowing yourself is enlightenment",
              "explanation": "The gate opens to those who make themselves known",
              "guidance": [
                "Sign in again to continue your journey",
                "Check that your credentials are correct",
                "A fresh beginning is often the clearest path"
              ]
            },
            "recovery": {
              "immediateActions": [
                "Sign in again",
                "Refresh your session with your refresh token"
              ],
              "alternativeApproaches": [
                "Reset your password",
                "Create a new account"
              ],
              "preventionTips": [
                "Refresh the access token before it expires",
                "Keep your refresh token safe"
              ]
            },
            "context": {
              "errorCategory": "authentication",
              "severity": "medium",
              "isRetryable": true,
              "retryAfter": null
            },
            "requestId": "req_123e4567e89b12d3a456426614174000",
            "timestamp": "2025-07-30T15:30:00Z"
          }
        }
      },
      "NotFoundError": {
        "summary": "Unknown consultation",
        "value": {
          "success": false,
          "error": {
            "code": "NOT_FOUND",
            "message": "Consultation cons_123e4567e89b12d3a456426614174000 not found",
            "details": {},
            "wisdom": {
              "chineseQuote": "路漫漫其修远兮，吾将上下而求索 - Lù màn màn qí xiū yuǎn xī, wú jiāng shàng xià ér qiú suǒ",
              "translation": "The road is long and winding; I will seek high and low",
              "explanation": "What is sought is not always where we look",
              "guidance": [
                "Retrace your steps to where the path began",
                "Look again at what you asked for",
                "Some readings are meant to be asked anew"
              ]
            },
            "recovery": {
              "immediateActions": [
                "Check the identifier you used",
                "Open your consultation history"
              ],
              "alternativeApproaches": [
                "Start a new consultation"
              ],
              "preventionTips": [
                "Use identifiers returned by the API"
              ]
            },
            "context": {
              "errorCategory": "not_found",
              "severity": "low",
              "isRetryable": false,
              "retryAfter": null
            },
            "requestId": "req_123e4567e89b12d3a456426614174000",
            "timestamp": "2025-07-30T15:30:00Z"
          }
        }
      },
      "SubscriptionRequiredError": {
        "summary": "A free user asks for custom guidance",
        "value": {
          "success": false,
          "error": {
            "code": "SUBSCRIPTION_REQUIRED",
            "message": "Custom guidance needs the premium or pro tier",
            "details": {
              "tier": "free",
              "requiredTiers": [
                "premium",
                "pro"
              ],
              "upgradeUrl": "https://sage.com/upgrade"
            },
            "wisdom": {
              "chineseQuote": "登高必自卑 - Dēng gāo bì zì bēi",
              "translation": "To climb high, one begins from below",
              "explanation": "Deeper guidance opens as the journey deepens",
              "guidance": [
                "Continue with the guidance available to you",
                "Consider whether deeper study serves you now",
                "Every step of the path has its value"
              ]
            },
            "recovery": {
              "immediateActions": [
                "Use the daily guidance and consultations of your tier"
              ],
              "alternativeApproaches": [
                "Upgrade to premium or pro"
              ],
              "preventionTips": [
                "Check which features your tier includes"
              ]
            },
            "context": {
              "errorCategory": "subscription",
              "severity": "low",
              "isRetryable": false,
              "retryAfter": null
            },
            "requestId": "req_123e4567e89b12d3a456426614174000",
            "timestamp": "2025-07-30T15:30:00Z"
          }
        }
      },
      "IntegrationSubscriptionRequiredError": {
        "summary": "A free user connects a calendar",
        "value": {
          "success": false,
          "error": {
            "code": "SUBSCRIPTION_REQUIRED",
            "message": "Calendar integration needs the premium or pro tier",
            "details": {
              "tier": "free",
              "requiredTiers": [
                "premium",
                "pro"
              ],
              "upgradeUrl": "https://sage.com/upgrade"
            },
            "wisdom": {
              "chineseQuote": "登高必自卑 - Dēng gāo bì zì bēi",
              "translation": "To climb high, one begins from below",
              "explanation": "Deeper guidance opens as the journey deepens",
              "guidance": [
                "Continue with the guidance available to you",
                "Consider whether deeper study serves you now",
                "Every step of the path has its value"
              ]
            },
            "recovery": {
              "immediateActions": [
                "Use the daily guidance and consultations of your tier"
              ],
              "alternativeApproaches": [
                "Upgrade to premium or pro"
              ],
              "preventionTips": [
                "Check which features your tier includes"
              ]
            },
            "context": {
              "errorCategory": "subscription",
              "severity": "low",
              "isRetryable": false,
              "retryAfter": null
            },
            "requestId": "req_123e4567e89b12d3a456426614174000",
            "timestamp": "2025-07-30T15:30:00Z"
          }
        }
      },
      "RateLimitError": {
        "summary": "The prose's example (a free user's fourth consultation in an hour)",
        "value": {
          "success": false,
          "error": {
            "code": "RATE_LIMIT_EXCEEDED",
            "message": "Rate limit exceeded for consultation creation",
            "details": {
              "limit": 3,
              "window": "1 hour",
              "resetAt": "2025-07-30T17:00:00Z",
              "upgradeUrl": "https://sage.com/upgrade",
              "retryAfter": 1800
            },
            "wisdom": {
              "chineseQuote": "欲速则不达 - Yù sù zé bù dá",
              "translation": "More haste, less arrival",
              "explanation": "The oracle speaks best to a patient heart",
              "guidance": [
                "Reflect on the guidance you have already received",
                "Return when the time is right",
                "Depth matters more than frequency"
              ]
            },
            "recovery": {
              "immediateActions": [
                "Wait until the limit resets"
              ],
              "alternativeApproaches": [
                "Revisit a past consultation",
                "Upgrade your tier for higher limits"
              ],
              "preventionTips": [
                "Space your consultations out",
                "Ask one considered question instead of many quick ones"
              ]
            },
            "context": {
              "errorCategory": "rate_limit",
              "severity": "low",
              "isRetryable": true,
              "retryAfter": 1800
            },
            "requestId": "req_123e4567e89b12d3a456426614174000",
            "timestamp": "2025-07-30T15:30:00Z"
          }
        }
      },
      "PayloadTooLargeError": {
        "summary": "A body over 1 MiB",
        "value": {
          "success": false,
          "error": {
            "code": "VALIDATION_ERROR",
            "message": "body: is larger than 1 MiB",
            "details": [
              {
                "field": "body",
                "message": "is larger than 1 MiB"
              }
            ],
            "wisdom": {
              "chineseQuote": "明者见危于无形 - Míng zhě jiàn wēi yú wú xíng",
              "translation": "The wise see clarity in all things",
              "explanation": "Clear intention brings clear guidance",
              "guidance": [
                "Refine your question to reflect your true inquiry",
                "Be specific about what guidance you seek",
                "Take a moment to clarify your thoughts before asking"
              ]
            },
            "recovery": {
              "immediateActions": [
                "Expand your question with more context",
                "Try rephrasing your concern"
              ],
              "alternativeApproaches": [
                "Use the guided question builder",
                "Browse example questions"
              ],
              "preventionTips": [
                "Include specific details about your situation",
                "Ask about one topic at a time"
              ]
            },
            "context": {
              "errorCategory": "validation",
              "severity": "low",
              "isRetryable": true,
              "retryAfter": null
            },
            "requestId": "req_123e4567e89b12d3a456426614174000",
            "timestamp": "2025-07-30T15:30:00Z"
          }
        }
      },
      "UnsupportedMediaTypeError": {
        "summary": "A form-encoded body",
        "value": {
          "success": false,
          "error": {
            "code": "VALIDATION_ERROR",
            "message": "header.content-type: application/x-www-form-urlencoded is not supported; use application/json",
            "details": [
              {
                "field": "header.content-type",
                "message": "application/x-www-form-urlencoded is not supported; use application/json"
              }
            ],
            "wisdom": {
              "chineseQuote": "明者见危于无形 - Míng zhě jiàn wēi yú wú xíng",
              "translation": "The wise see clarity in all things",
              "explanation": "Clear intention brings clear guidance",
              "guidance": [
                "Refine your question to reflect your true inquiry",
                "Be specific about what guidance you seek",
                "Take a moment to clarify your thoughts before asking"
              ]
            },
            "recovery": {
              "immediateActions": [
                "Expand your question with more context",
                "Try rephrasing your concern"
              ],
              "alternativeApproaches": [
                "Use the guided question builder",
                "Browse example questions"
              ],
              "preventionTips": [
                "Include specific details about your situation",
                "Ask about one topic at a time"
              ]
            },
            "context": {
              "errorCategory": "validation",
              "severity": "low",
              "isRetryable": true,
              "retryAfter": null
            },
            "requestId": "req_123e4567e89b12d3a456426614174000",
            "timestamp": "2025-07-30T15:30:00Z"
          }
        }
      },
      "AiServiceErrorExample": {
        "summary": "The AI service is overloaded",
        "value": {
          "success": false,
          "error": {
            "code": "AI_SERVICE_ERROR",
            "message": "Service Unavailable",
            "details": {},
            "wisdom": {
              "chineseQuote": "山不厌高 - Shān bù yàn gāo",
              "translation": "Even mountains must sometimes rest",
              "explanation": "All systems require moments of rest to maintain harmony",
              "guidance": [
                "Try again in a moment when the system has refreshed",
                "Consider a simpler question to reduce processing load",
                "Wisdom flows better when we approach with patience"
              ]
            },
            "recovery": {
              "immediateActions": [
                "Try again in a minute"
              ],
              "alternativeApproaches": [
                "Read the traditional text of a past reading",
                "Use the daily guidance"
              ],
              "preventionTips": [
                "Enable caching for repeated questions"
              ]
            },
            "context": {
              "errorCategory": "ai_service",
              "severity": "high",
              "isRetryable": true,
              "retryAfter": null
            },
            "requestId": "req_123e4567e89b12d3a456426614174000",
            "timestamp": "2025-07-30T15:30:00Z"
          }
        }
      },
      "IntegrationErrorExample": {
        "summary": "The calendar provider did not answer",
        "value": {
          "success": false,
          "error": {
            "code": "INTEGRATION_ERROR",
            "message": "Bad Gateway",
            "details": {},
            "wisdom": {
              "chineseQuote": "静而后能安 - Jìng ér hòu néng ān",
              "translation": "In stillness, one finds peace",
              "explanation": "Sometimes wisdom requires patience",
              "guidance": [
                "Take a moment to breathe and center yourself",
                "Check your connection and try again",
                "The wisdom you seek will wait for the right moment"
              ]
            },
            "recovery": {
              "immediateActions": [
                "Try again shortly"
              ],
              "alternativeApproaches": [
                "Reconnect the integration"
              ],
              "preventionTips": [
                "Keep connected services authorised"
              ]
            },
            "context": {
              "errorCategory": "integration",
              "severity": "medium",
              "isRetryable": true,
              "retryAfter": null
            },
            "requestId": "req_123e4567e89b12d3a456426614174000",
            "timestamp": "2025-07-30T15:30:00Z"
          }
        }
      },
      "InternalErrorExample": {
        "summary": "Internal error",
        "value": {
          "success": false,
          "error": {
            "code": "INTERNAL_ERROR",
            "message": "Internal Server Error",
            "details": {},
            "wisdom": {
              "chineseQuote": "塞翁失马，焉知非福 - Sài wēng shī mǎ, yān zhī fēi fú",
              "translation": "The old man lost his horse; who knows it was not a blessing",
              "explanation": "What seems a setback may open another way",
              "guidance": [
                "Try again in a little while",
                "Your question will keep",
                "Let the moment pass before asking again"
              ]
            },
            "recovery": {
              "immediateActions": [
                "Try again"
              ],
              "alternativeApproaches": [
                "Contact support with the request id"
              ],
              "preventionTips": [
                "Report errors that repeat"
              ]
            },
            "context": {
              "errorCategory": "internal",
              "severity": "high",
              "isRetryable": true,
              "retryAfter": null
            },
            "requestId": "req_123e4567e89b12d3a456426614174000",
            "timestamp": "2025-07-30T15:30:00Z"
          }
        }
      }
    }
  }
};
