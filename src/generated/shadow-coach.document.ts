// Generated from openapi/shadow-coach.yaml by `npm run types`. Do not edit; CI fails when it drifts.
import type { OpenApiDocument } from '../core/document.ts';

export const document: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Shadow Coach API",
    "version": "1.0.0",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "contact": {
      "name": "contract-stubs maintainers"
    },
    "description": "Contract for the `shadow-coach` mock served by contract-stubs: an AI shadow-self coach with\naccounts, guided coaching sessions, safety escalation, a journal, exports and analytics. It\nis hand-authored from the product's prose API description (\"the prose\" below; not shipped\nwith contract-stubs, and everything needed from it is written here) and is the single\nsource of truth for the stub. Where the prose is silent or contradicts itself, the decision\ntaken is written down here and in the description of the operation it concerns.\n\nGlobal decisions:\n\n- **Accounts and tokens.** `POST /v1/auth/register` and `POST /v1/auth/login` return an\n  HS256 JWT signed by the stub (claims `sub` = user id, `kind: access`), valid for 86400 s\n  (`expires_at`). Every other operation needs `Authorization: Bearer <token>`. Passwords\n  are stored hashed (PBKDF2-SHA256). A password has 8 to 128 characters with at least one\n  letter and one digit; emails are compared case-insensitively.\n- **Ownership.** Every session, journal entry, mood entry, export, check-in and referral\n  belongs to the user who created it. Another user's resource is indistinguishable from\n  one that does not exist: `404` (never `403`).\n- **Ids.** `usr_`, `sess_`, `msg_`, `hl_`, `exp_`, `mood_`, `check_`, `ref_` and\n  `resume_` followed by 12 lowercase letters and digits.\n- **Coaching steps.** A session walks through seven steps: 1 Check-in, 2 Story Elicitation,\n  3 Root Exploration, 4 Reframe, 5 Experiment Design, 6 Mindfulness Practice, 7 Closing.\n  The opening of a session is step 1; each later user message the coach answers at a step\n  moves it one step on (it stays at 7), and the assistant's `intent` follows the step:\n  `validate`, `probe_story`, `probe_root`, `reframe`, `suggest_experiment`,\n  `offer_mindfulness`, `close`. A message showing hopelessness gets `safety_check` (risk\n  `medium`) and one expressing self-harm or suicidal intent gets `emergency` (risk `high`)\n  instead of the step's answer: such a message does not move the step, so coaching picks\n  up where it was (a safety check is not a coaching step; moving on would skip the step the\n  user has not done yet). The reply names what the user talked\n  about last: the first tag of their latest message that named one (`this anxiety`, then\n  `the feeling of not being good enough` once they move on to self-worth).\n- **Risk.** `risk_level` is read from the user's message by maintained phrase lists, the\n  highest match winning: `high` self-harm or suicidal intent (\"I want to kill myself\");\n  `medium` hopelessness (\"everything feels hopeless\", \"I can't go on\"); `low` acute\n  distress short of hopelessness (\"I'm overwhelmed\", \"I can't cope\", \"I keep having panic\n  attacks\"); `none` otherwise. Ordinary worry, sadness and self-doubt are `none`, as the\n  prose's own examples show: \"I've been feeling anxious about work lately.\" and \"I keep\n  thinking I'm not good enough.\" both answer `risk_level: none`. A user message's\n  `sentiment` is `very_negative` at medium or high risk, else read from its words\n  (negative and positive words, a negation such as \"not good\" turning a word round), so\n  \"I'm not good enough\" is `negative`.\n- **Memory.** `memory_delta` holds the tags recognised in the user's message (from a\n  maintained vocabulary: `anxiety`, `self-worth`, `work`, …) and one insight per tag; it is\n  `null` when nothing was recognised. A session's summary gathers them.\n- **Safety.** A user message matching the maintained list of self-harm and suicide phrases\n  and patterns gets `risk_level: high`, `intent: emergency`, a `safety_escalation` with\n  crisis resources for the user's country (`preferences.country` at registration, else\n  `US`) and pauses the session. Ordinary sadness does not escalate. Such a session can be\n  resumed only after a `POST /v1/safety/check-in` for it with `safety_status: safe`.\n- **State machine.** `active → paused → active → completed` (`end` also from `paused`).\n  Illegal moves answer `409` with `SESSION_NOT_ACTIVE`, `SESSION_NOT_PAUSED`,\n  `SESSION_ALREADY_ENDED` or `SESSION_NOT_COMPLETED`, except on `/message` and\n  `/conversation/stream`, which answer `400` as the prose says.\n- **Ranges.** `mood_score` is an integer from 1 to 10; `rating` an integer from 1 to 5.\n- **Clock.** Messages and every `*_at` are stamped by the stub's clock (`--now` fixes it);\n  a client's `timestamp` on a message is checked for format and otherwise ignored. A mood\n  entry keeps the client's `timestamp` (default: now). Durations are whole minutes,\n  rounded.\n- **Errors.** Every error uses `{\"error\":{\"code\",\"message\",\"details\",\"request_id\",\"timestamp\"}}`.\n  Validation errors are `400` with `VALIDATION_REQUIRED_FIELD` (a missing field),\n  `VALIDATION_OUT_OF_RANGE` (a number, length or count outside its bounds) or\n  `VALIDATION_INVALID_FORMAT` (anything else, malformed JSON included), except an unknown\n  `session_type` (`SESSION_INVALID_TYPE`); `details.field` names the field\n  (`body.mood_score`) and `details.issues` lists every finding. Schemas are closed\n  (`body.foo: is not allowed`). Other codes: `AUTH_MISSING_TOKEN`, `AUTH_INVALID_TOKEN`,\n  `AUTH_INVALID_CREDENTIALS`, `AUTH_EMAIL_TAKEN`, `SESSION_*`, `MESSAGE_NOT_FOUND`,\n  `EXPORT_NOT_FOUND`, `EXPORT_NOT_READY`, `SAFETY_HIGH_RISK`, `RATE_LIMIT_EXCEEDED`,\n  `NOT_FOUND`, `METHOD_NOT_ALLOWED`, `PAYLOAD_TOO_LARGE`, `UNSUPPORTED_MEDIA_TYPE`,\n  `INTERNAL_ERROR`. `SERVICE_UNAVAILABLE` is never produced.\n- **Rate limits.** Authentication (`register`, `login`, `refresh`): 5 per minute per client\n  address. Session messages (`/session/{id}/message`, `/conversation/stream`): 30 per minute\n  per user. Analytics (the four `/analytics/*` operations): 10 per minute per user. Export\n  (`POST /journal/export`): 5 per hour per user. Fixed windows; limited operations carry\n  `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` (Unix seconds), and a\n  spent limit answers `429` with `Retry-After` and `details.retry_after` (seconds). Other\n  operations are not limited.\n- **Bodies.** `application/json` only (`415` otherwise), at most 1 MiB (`413`); query\n  parameters no operation declares are ignored. Dates in queries are ISO 8601, a date\n  (`2024-01-15`, the whole day) or a date-time.\n- **Prefer.** `Prefer: code=<status>, example=<name>, dynamic=true` forces a documented\n  answer without authentication or state; `500` is only produced that way.\n- **Storage limits.** The stub keeps what it is sent within fixed limits, oldest first, so\n  no client can exhaust its memory. A user keeps at most 500 sessions (1,000 messages\n  each), 5,000 mood entries, 200 check-ins and 50 exports, the oldest of each dropped,\n  and at most 4 MiB of data in all (counted as 2 bytes a character). Past 4 MiB the\n  user's oldest sessions go first (`404 SESSION_NOT_FOUND` afterwards), never the session\n  being written to; then that session's oldest messages (its newest stays), then the\n  oldest mood entries, check-ins and exports. The stub keeps at most 1,000 users and 32\n  MiB in all; past either, the users active least recently go (their token then gets\n  `401`). Users inactive for 30 days go too.\n"
  },
  "servers": [
    {
      "url": "http://127.0.0.1:4010/shadow-coach",
      "description": "All APIs in one server (`npx contract-stubs start`); this API is mounted under `/shadow-coach`."
    },
    {
      "url": "http://127.0.0.1:4010",
      "description": "This API alone (`npx contract-stubs start --api shadow-coach`), served at the root."
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
      "description": "Registration, login and token refresh."
    },
    {
      "name": "sessions",
      "description": "Coaching sessions and their state machine."
    },
    {
      "name": "conversation",
      "description": "Streamed assistant replies."
    },
    {
      "name": "journal",
      "description": "Completed sessions as journal entries, highlights, tags and exports."
    },
    {
      "name": "analytics",
      "description": "Mood tracking, insights and progress, computed from stored data."
    },
    {
      "name": "safety",
      "description": "Safety check-ins, crisis resources and therapist referrals."
    }
  ],
  "paths": {
    "/v1/auth/register": {
      "post": {
        "operationId": "register",
        "summary": "Register a new user",
        "tags": [
          "auth"
        ],
        "security": [],
        "description": "Creates an account and returns a token for it (and, beyond the prose, the new `user`).\nThe password has 8 to 128 characters with at least one letter and one digit; it is\nstored hashed. `preferences.country` (ISO 3166-1 alpha-2, an addition to the prose)\nchooses the crisis resources of a safety escalation (default `US`).\n\nErrors: `400` invalid email or password (`VALIDATION_*`); `409` the email is already\nregistered (`AUTH_EMAIL_TAKEN`, case-insensitive); `429` more than 5 authentication\nrequests a minute from one address.\n",
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
                    "password": "secure_password_123",
                    "consent_for_research": false,
                    "preferences": {
                      "session_length": "medium",
                      "notifications_enabled": true
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The account exists; its first token.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuthResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example (plus the user)",
                    "value": {
                      "user_id": "usr_abc123def456",
                      "token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfYWJjMTIzZGVmNDU2Iiwia2luZCI6ImFjY2VzcyJ9.c2lnbmF0dXJl",
                      "expires_at": "2024-12-31T23:59:59Z",
                      "user": {
                        "user_id": "usr_abc123def456",
                        "email": "user@example.com",
                        "created_at": "2024-12-30T23:59:59Z",
                        "preferences": {
                          "session_length": "medium",
                          "notifications_enabled": true,
                          "consent_for_research": false,
                          "country": "US"
                        },
                        "safety_contact": null
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
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/v1/auth/login": {
      "post": {
        "operationId": "login",
        "summary": "Log in",
        "tags": [
          "auth"
        ],
        "security": [],
        "description": "Checks the email (case-insensitive) and password and returns a new token.\n\nErrors: `400` a missing or malformed field; `401` unknown email or wrong password\n(`AUTH_INVALID_CREDENTIALS`, the same answer for both); `429` more than 5\nauthentication requests a minute from one address.\n",
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
                    "password": "secure_password_123"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A new token.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuthResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "user_id": "usr_abc123def456",
                      "token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfYWJjMTIzZGVmNDU2Iiwia2luZCI6ImFjY2VzcyJ9.c2lnbmF0dXJl",
                      "expires_at": "2024-12-31T23:59:59Z"
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
            "$ref": "#/components/responses/InvalidCredentials"
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
          }
        }
      }
    },
    "/v1/auth/refresh": {
      "post": {
        "operationId": "refreshToken",
        "summary": "Refresh the token",
        "tags": [
          "auth"
        ],
        "description": "Exchanges a valid, unexpired token for a new one with a fresh 86400 s lifetime. The old\ntoken keeps working until it expires (the prose has no revocation). No request body.\n\nErrors: `401` missing token (`AUTH_MISSING_TOKEN`), or a token that is malformed,\nexpired, not signed by this stub or names a user the stub no longer has\n(`AUTH_INVALID_TOKEN`); `429` more than 5 authentication requests a minute from one\naddress.\n",
        "responses": {
          "200": {
            "description": "The new token.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RefreshResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfYWJjMTIzZGVmNDU2Iiwia2luZCI6ImFjY2VzcyJ9.c2lnbmF0dXJl",
                      "expires_at": "2024-12-31T23:59:59Z"
                    }
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
      }
    },
    "/v1/session/start": {
      "post": {
        "operationId": "startSession",
        "summary": "Start a coaching session",
        "tags": [
          "sessions"
        ],
        "description": "Starts a session at step 1 (Check-in). With `initial_message`, it is stored as the\nfirst user message and the assistant answers it at step 1, with the risk rules of the\ndocument's description (**Risk**): the prose's \"I've been feeling anxious about work\nlately.\" is `risk_level: none`; a hopeless opening gets `intent: safety_check`\n(`medium`), and a high-risk one answers with `safety_escalation` and\n`session_state: paused` (an addition to the prose's response); without one, the\nassistant greets. A `mood_score` is also\nrecorded as a mood entry (`GET /v1/analytics/mood`). `estimated_duration_minutes` is\n10 for `check-in`, 25 for `gentle_deep` and 5 for `micro_practice`.\n\nErrors: `400` unknown `session_type` (`SESSION_INVALID_TYPE`) or another invalid field\n(`VALIDATION_*`); `401` missing or invalid token.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/StartSessionRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "session_type": "gentle_deep",
                    "mood_score": 5,
                    "initial_message": "I've been feeling anxious about work lately.",
                    "consent_for_deep_exploration": true
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The session started.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StartSessionResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example (with the message id)",
                    "value": {
                      "session_id": "sess_xyz789abc123",
                      "assistant_message": {
                        "message_id": "msg_a1b2c3d4e5f6",
                        "text": "That sounds heavy — it's okay to feel that way. Would you like to explore it together?",
                        "intent": "validate",
                        "risk_level": "none",
                        "suggested_followup": null,
                        "memory_delta": null,
                        "timestamp": "2024-01-15T10:30:00Z"
                      },
                      "session_state": "active",
                      "estimated_duration_minutes": 15
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
    "/v1/session/{id}/message": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionIdPath"
        }
      ],
      "post": {
        "operationId": "sendMessage",
        "summary": "Send a message and get the assistant's answer",
        "tags": [
          "sessions"
        ],
        "description": "Stores the user's message, moves the session one step on and answers with that step's\n`intent`. `risk_level` follows the rules in the document's description (**Risk**):\nordinary worry and self-doubt (\"I keep thinking I'm not good enough.\") are `none`,\nacute distress (overwhelmed, unable to cope) `low`, both with the step's answer. A\nmessage showing hopelessness answers `intent: safety_check`, `risk_level: medium`,\nwith `session_progress` at the step it was (the step does not move; the next ordinary\nmessage moves it on). A message expressing self-harm or suicidal intent answers with\n`intent: emergency`, `risk_level: high`, a `safety_escalation` and\n`session_state: paused` (no `session_progress`; the step does not move either).\n\nErrors: `400` invalid `message_text`, the session is paused (`SESSION_NOT_ACTIVE`) or\ncompleted (`SESSION_ALREADY_ENDED`); `401` missing or invalid token; `404` no session\nof yours has this id (`SESSION_NOT_FOUND`); `429` more than 30 session messages a\nminute.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MessageRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "message_text": "I keep thinking I'm not good enough.",
                    "timestamp": "2024-01-15T10:31:00Z"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The assistant's answer.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MessageResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example (with the message id)",
                    "value": {
                      "assistant_message": {
                        "message_id": "msg_b2c3d4e5f6a1",
                        "text": "That feeling must be heavy — I'm sorry you're carrying that. Would you like to tell me about the last time that thought showed up? You can stop any time.",
                        "intent": "validate",
                        "risk_level": "none",
                        "suggested_followup": "Would you like to explore this deeper?",
                        "memory_delta": {
                          "insights": [
                            "User expresses recurring self-worth concerns"
                          ],
                          "tags": [
                            "self-worth",
                            "anxiety"
                          ]
                        },
                        "timestamp": "2024-01-15T10:31:05Z"
                      },
                      "session_progress": {
                        "step": 2,
                        "total_steps": 7,
                        "step_name": "Story Elicitation"
                      },
                      "session_state": "active"
                    }
                  },
                  "highRisk": {
                    "summary": "The prose's high-risk example (with the message id)",
                    "value": {
                      "assistant_message": {
                        "message_id": "msg_c3d4e5f6a1b2",
                        "text": "I'm concerned about what you've shared. Your safety matters. Are you safe right now?",
                        "intent": "emergency",
                        "risk_level": "high",
                        "suggested_followup": null,
                        "memory_delta": null,
                        "timestamp": "2024-01-15T10:32:00Z"
                      },
                      "safety_escalation": {
                        "triggered": true,
                        "emergency_resources": {
                          "crisis_hotline": "988",
                          "crisis_text": "Text HOME to 741741",
                          "local_resources": [
                            {
                              "name": "Local Crisis Center",
                              "phone": "+1-555-123-4567"
                            }
                          ]
                        },
                        "requires_immediate_attention": true
                      },
                      "session_state": "paused"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequestSession"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/SessionNotFound"
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
          }
        }
      }
    },
    "/v1/session/{id}/pause": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionIdPath"
        }
      ],
      "post": {
        "operationId": "pauseSession",
        "summary": "Pause an active session",
        "tags": [
          "sessions"
        ],
        "description": "Pauses an active session and issues a fresh `resume_token` (any earlier one stops\nworking). No request body.\n\nErrors: `400` an id that is not a decodable path segment (e.g. a lone `%`); `401`; `404` no session of yours has this id; `409` the session is already\npaused (`SESSION_NOT_ACTIVE`) or completed (`SESSION_ALREADY_ENDED`).\n",
        "responses": {
          "200": {
            "description": "The session is paused.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PauseResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "session_id": "sess_xyz789abc123",
                      "session_state": "paused",
                      "paused_at": "2024-01-15T10:35:00Z",
                      "resume_token": "resume_abc123def456"
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
            "$ref": "#/components/responses/SessionNotFound"
          },
          "409": {
            "$ref": "#/components/responses/SessionConflict"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/v1/session/{id}/resume": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionIdPath"
        }
      ],
      "post": {
        "operationId": "resumeSession",
        "summary": "Resume a paused session",
        "tags": [
          "sessions"
        ],
        "description": "Resumes a paused session. The body is optional: the bearer token already proves\nownership. A `resume_token`, when sent, must be the one the session's latest pause\nissued (`400 VALIDATION_INVALID_FORMAT` otherwise). A session paused by a safety\nescalation resumes only after a `POST /v1/safety/check-in` for it with\n`safety_status: safe` (`409 SAFETY_HIGH_RISK` before that).\n\nErrors: `400` a wrong `resume_token`; `401`; `404` no session of yours has this id;\n`409` the session is active (`SESSION_NOT_PAUSED`), completed\n(`SESSION_ALREADY_ENDED`) or awaiting a safe check-in (`SAFETY_HIGH_RISK`).\n",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ResumeRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "resume_token": "resume_abc123def456"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The session is active again.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ResumeResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example (with the message id)",
                    "value": {
                      "session_id": "sess_xyz789abc123",
                      "session_state": "active",
                      "resumed_at": "2024-01-15T11:00:00Z",
                      "assistant_message": {
                        "message_id": "msg_d4e5f6a1b2c3",
                        "text": "Welcome back. Where would you like to continue?",
                        "intent": "validate",
                        "risk_level": "none",
                        "suggested_followup": null,
                        "memory_delta": null,
                        "timestamp": "2024-01-15T11:00:00Z"
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
            "$ref": "#/components/responses/SessionNotFound"
          },
          "409": {
            "$ref": "#/components/responses/SessionConflict"
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
    "/v1/session/{id}/end": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionIdPath"
        }
      ],
      "post": {
        "operationId": "endSession",
        "summary": "End a session",
        "tags": [
          "sessions"
        ],
        "description": "Ends an active or paused session and builds its summary from the conversation: the\ntags and insights gathered from the user's messages, a text naming them, and an\nexperiment suited to the leading tag. The session becomes a journal entry. The body\n(`rating` 1–5, `feedback`) is optional.\n\nErrors: `400` invalid `rating` or `feedback`; `401`; `404` no session of yours has this\nid; `409` already ended (`SESSION_ALREADY_ENDED`).\n",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EndSessionRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "rating": 5,
                    "feedback": "This session was really helpful."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The session is completed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EndSessionResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "session_id": "sess_xyz789abc123",
                      "session_state": "completed",
                      "ended_at": "2024-01-15T10:45:00Z",
                      "summary": {
                        "text": "You explored feelings of self-worth and anxiety. We identified a pattern of negative self-talk and practiced self-compassion. You committed to trying a small experiment this week.",
                        "insights": [
                          "Recurring self-worth concerns",
                          "Pattern of negative self-talk",
                          "Willingness to explore deeper"
                        ],
                        "tags": [
                          "self-worth",
                          "anxiety",
                          "self-compassion"
                        ],
                        "experiment": "Try writing one thing you did well each day this week."
                      },
                      "duration_minutes": 15
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
            "$ref": "#/components/responses/SessionNotFound"
          },
          "409": {
            "$ref": "#/components/responses/SessionConflict"
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
    "/v1/session/{id}/summary": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionIdPath"
        }
      ],
      "get": {
        "operationId": "getSessionSummary",
        "summary": "Get a completed session's summary",
        "tags": [
          "sessions"
        ],
        "description": "The summary, the full transcript (every message with its `message_id`, oldest first)\nand the highlights of a completed session. The prose's transcript example lacks\nmessage ids; they are added, since highlights refer to them.\n\nErrors: `400` an id that is not a decodable path segment (e.g. a lone `%`); `401`; `404` no session of yours has this id; `409` the session is not\ncompleted yet (`SESSION_NOT_COMPLETED`).\n",
        "responses": {
          "200": {
            "description": "The session's summary.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SessionSummaryResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example (with message and highlight ids)",
                    "value": {
                      "session_id": "sess_xyz789abc123",
                      "session_type": "gentle_deep",
                      "started_at": "2024-01-15T10:30:00Z",
                      "ended_at": "2024-01-15T10:45:00Z",
                      "duration_minutes": 15,
                      "summary": {
                        "text": "You explored feelings of self-worth and anxiety. We identified a pattern of negative self-talk and practiced self-compassion. You committed to trying a small experiment this week.",
                        "insights": [
                          "Recurring self-worth concerns",
                          "Pattern of negative self-talk",
                          "Willingness to explore deeper"
                        ],
                        "tags": [
                          "self-worth",
                          "anxiety",
                          "self-compassion"
                        ],
                        "experiment": "Try writing one thing you did well each day this week."
                      },
                      "messages": [
                        {
                          "message_id": "msg_a1b2c3d4e5f6",
                          "session_id": "sess_xyz789abc123",
                          "role": "user",
                          "text": "I've been feeling anxious about work lately.",
                          "timestamp": "2024-01-15T10:30:00Z"
                        },
                        {
                          "message_id": "msg_123abc456def",
                          "session_id": "sess_xyz789abc123",
                          "role": "assistant",
                          "text": "That sounds heavy — it's okay to feel that way. Would you like to explore it together?",
                          "intent": "validate",
                          "timestamp": "2024-01-15T10:30:05Z"
                        }
                      ],
                      "highlights": [
                        {
                          "highlight_id": "hl_abc123def456",
                          "message_id": "msg_123abc456def",
                          "text": "That feeling must be heavy — I'm sorry you're carrying that.",
                          "note": null,
                          "highlighted_at": "2024-01-15T10:31:00Z"
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
            "$ref": "#/components/responses/SessionNotFound"
          },
          "409": {
            "$ref": "#/components/responses/SessionConflict"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/v1/sessions": {
      "get": {
        "operationId": "listSessions",
        "summary": "List the user's sessions",
        "tags": [
          "sessions"
        ],
        "description": "The user's sessions in every state, newest first. `start_date`/`end_date` filter on\n`started_at` (inclusive). `summary_preview` is the summary's first 100 characters\n(with `...` when cut), `null` until the session is completed; `tags` are the tags\ngathered so far. `ended_at` and `duration_minutes` are `null` until completed.\n\nErrors: `400` an invalid filter (`VALIDATION_*`); `401`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Offset"
          },
          {
            "name": "session_type",
            "in": "query",
            "description": "Only sessions of this type.",
            "schema": {
              "$ref": "#/components/schemas/SessionType"
            }
          },
          {
            "name": "state",
            "in": "query",
            "description": "Only sessions in this state.",
            "schema": {
              "$ref": "#/components/schemas/SessionState"
            }
          },
          {
            "$ref": "#/components/parameters/StartDate"
          },
          {
            "$ref": "#/components/parameters/EndDate"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of sessions.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SessionList"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example (with the Session model's fields)",
                    "value": {
                      "sessions": [
                        {
                          "session_id": "sess_xyz789abc123",
                          "user_id": "usr_abc123def456",
                          "session_type": "gentle_deep",
                          "state": "completed",
                          "started_at": "2024-01-15T10:30:00Z",
                          "ended_at": "2024-01-15T10:45:00Z",
                          "duration_minutes": 15,
                          "mood_score": 5,
                          "summary_preview": "You explored feelings of self-worth...",
                          "tags": [
                            "self-worth",
                            "anxiety"
                          ]
                        }
                      ],
                      "pagination": {
                        "total": 50,
                        "limit": 20,
                        "offset": 0,
                        "has_more": true
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
    "/v1/conversation/stream": {
      "post": {
        "operationId": "streamConversation",
        "summary": "Send a message and stream the answer",
        "tags": [
          "conversation"
        ],
        "description": "Does what `POST /v1/session/{id}/message` does (the message and the answer are stored\nin the session, the step advances unless the answer is a safety check or an\nescalation, risk is read the same way), and streams the answer as\nServer-Sent Events (`Content-Type: text/event-stream`). Each event has an `event:` line\n(`chunk` or `complete`) and one `data:` line with a JSON object whose `type` repeats\nthe event name, so a client reading only `data:` lines (as the prose shows) works too:\n\n| event | data |\n| --- | --- |\n| `chunk` | `{\"type\":\"chunk\",\"text\",\"chunk_id\"}` (`StreamChunk`), `chunk_id` 1, 2, 3, … |\n| `complete` | `{\"type\":\"complete\",\"assistant_message\",\"session_progress\"?,\"safety_escalation\"?,\"session_state\"}` (`StreamComplete`) |\n\nThe chunks' `text`, joined in `chunk_id` order, equal `assistant_message.text` of the\n`complete` event, which is the last event. Events are paced by `--stream-delay`.\n\nErrors (JSON, before any event): `400` invalid body, session paused\n(`SESSION_NOT_ACTIVE`) or completed (`SESSION_ALREADY_ENDED`); `401`; `404` no session\nof yours has this id; `429` more than 30 session messages a minute.\n",
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
                    "session_id": "sess_xyz789abc123",
                    "message_text": "I keep thinking I'm not good enough.",
                    "timestamp": "2024-01-15T10:31:00Z"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The answer, streamed.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "text/event-stream": {
                "schema": {
                  "type": "string",
                  "description": "Server-Sent Events: `event: <type>` and `data: <JSON>` lines, events separated by a blank line. The `data` schema of each event type is in `x-sse-events`."
                },
                "x-sse-events": {
                  "chunk": {
                    "$ref": "#/components/schemas/StreamChunk"
                  },
                  "complete": {
                    "$ref": "#/components/schemas/StreamComplete"
                  }
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example, with event names and a complete `complete` event",
                    "value": "event: chunk\ndata: {\"type\":\"chunk\",\"text\":\"That feeling\",\"chunk_id\":1}\n\nevent: chunk\ndata: {\"type\":\"chunk\",\"text\":\" must be heavy\",\"chunk_id\":2}\n\nevent: chunk\ndata: {\"type\":\"chunk\",\"text\":\" — I'm sorry\",\"chunk_id\":3}\n\nevent: complete\ndata: {\"type\":\"complete\",\"assistant_message\":{\"message_id\":\"msg_b2c3d4e5f6a1\",\"text\":\"That feeling must be heavy — I'm sorry\",\"intent\":\"probe_story\",\"risk_level\":\"none\",\"suggested_followup\":null,\"memory_delta\":null,\"timestamp\":\"2024-01-15T10:31:05Z\"},\"session_progress\":{\"step\":2,\"total_steps\":7,\"step_name\":\"Story Elicitation\"},\"session_state\":\"active\"}\n\n"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequestSession"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/SessionNotFound"
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
          }
        }
      }
    },
    "/v1/journal/entries": {
      "get": {
        "operationId": "listJournalEntries",
        "summary": "List journal entries",
        "tags": [
          "journal"
        ],
        "description": "Completed sessions as journal entries, newest first. `tags` (comma-separated) keeps\nentries carrying every listed tag; `start_date`/`end_date` filter on the session's\nstart (inclusive); `search` keeps entries where every word of the query occurs\n(case-insensitive) in the summary, insights, tags, experiment or transcript.\n`highlights` use the same shape as everywhere else (the prose's list example shows\nonly `text` and `timestamp`; ids, note and `highlighted_at` are used instead).\n\nErrors: `400` an invalid filter; `401`.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Offset"
          },
          {
            "name": "tags",
            "in": "query",
            "description": "Comma-separated tags (`?tags=self-worth,anxiety`); an entry must carry all of them. Compared lower-cased, as tags are stored (`?tags=Work` finds `work`).",
            "style": "form",
            "explode": false,
            "schema": {
              "type": "array",
              "maxItems": 20,
              "items": {
                "$ref": "#/components/schemas/TagInput"
              }
            },
            "example": [
              "self-worth",
              "anxiety"
            ]
          },
          {
            "$ref": "#/components/parameters/StartDate"
          },
          {
            "$ref": "#/components/parameters/EndDate"
          },
          {
            "name": "search",
            "in": "query",
            "description": "Full-text query; every word must occur (case-insensitive). Reserved characters are allowed, so a query encoded with `+` for spaces works too.",
            "allowReserved": true,
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200
            },
            "example": "not good enough"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of entries.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/JournalEntryList"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example (highlights in their full shape)",
                    "value": {
                      "entries": [
                        {
                          "session_id": "sess_xyz789abc123",
                          "session_type": "gentle_deep",
                          "date": "2024-01-15T10:30:00Z",
                          "summary": "You explored feelings of self-worth...",
                          "tags": [
                            "self-worth",
                            "anxiety"
                          ],
                          "insights": [
                            "Recurring self-worth concerns"
                          ],
                          "highlights": [
                            {
                              "highlight_id": "hl_abc123def456",
                              "message_id": "msg_123abc456def",
                              "text": "That feeling must be heavy — I'm sorry you're carrying that.",
                              "note": null,
                              "highlighted_at": "2024-01-15T10:31:00Z"
                            }
                          ]
                        }
                      ],
                      "pagination": {
                        "total": 50,
                        "limit": 20,
                        "offset": 0,
                        "has_more": true
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
    "/v1/journal/entry/{session_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/JournalSessionIdPath"
        }
      ],
      "get": {
        "operationId": "getJournalEntry",
        "summary": "Get a journal entry",
        "tags": [
          "journal"
        ],
        "description": "A completed session with its summary, full transcript (with message ids) and\nhighlights.\n\nErrors: `400` an id that is not a decodable path segment (e.g. a lone `%`); `401`; `404` no session of yours has this id; `409` the session is not\ncompleted (`SESSION_NOT_COMPLETED`).\n",
        "responses": {
          "200": {
            "description": "The entry.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/JournalEntryDetail"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example (with message and highlight ids)",
                    "value": {
                      "session_id": "sess_xyz789abc123",
                      "session_type": "gentle_deep",
                      "date": "2024-01-15T10:30:00Z",
                      "duration_minutes": 15,
                      "summary": {
                        "text": "You explored feelings of self-worth and anxiety...",
                        "insights": [
                          "Recurring self-worth concerns"
                        ],
                        "tags": [
                          "self-worth",
                          "anxiety",
                          "self-compassion"
                        ],
                        "experiment": "Try writing one thing you did well each day this week."
                      },
                      "full_transcript": [
                        {
                          "message_id": "msg_a1b2c3d4e5f6",
                          "session_id": "sess_xyz789abc123",
                          "role": "user",
                          "text": "I've been feeling anxious about work lately.",
                          "timestamp": "2024-01-15T10:30:00Z"
                        },
                        {
                          "message_id": "msg_123abc456def",
                          "session_id": "sess_xyz789abc123",
                          "role": "assistant",
                          "text": "That sounds heavy — it's okay to feel that way. Would you like to explore it together?",
                          "intent": "validate",
                          "timestamp": "2024-01-15T10:30:05Z"
                        }
                      ],
                      "highlights": [
                        {
                          "highlight_id": "hl_abc123def456",
                          "message_id": "msg_123abc456def",
                          "text": "That feeling must be heavy — I'm sorry you're carrying that.",
                          "note": null,
                          "highlighted_at": "2024-01-15T10:31:00Z"
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
            "$ref": "#/components/responses/SessionNotFound"
          },
          "409": {
            "$ref": "#/components/responses/SessionConflict"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "delete": {
        "operationId": "deleteJournalEntry",
        "summary": "Delete a journal entry",
        "tags": [
          "journal"
        ],
        "description": "Deletes the completed session with its messages and highlights: afterwards it is `404`\neverywhere and no longer counted by analytics. Mood entries recorded at its start stay\n(they are the user's mood history).\n\nErrors: `400` an id that is not a decodable path segment (e.g. a lone `%`); `401`; `404` no session of yours has this id; `409` the session is not\ncompleted (`SESSION_NOT_COMPLETED`).\n",
        "responses": {
          "200": {
            "description": "The entry is deleted.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeleteEntryResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "session_id": "sess_xyz789abc123",
                      "deleted_at": "2024-01-15T11:00:00Z"
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
            "$ref": "#/components/responses/SessionNotFound"
          },
          "409": {
            "$ref": "#/components/responses/SessionConflict"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/v1/journal/entry/{session_id}/highlight": {
      "parameters": [
        {
          "$ref": "#/components/parameters/JournalSessionIdPath"
        }
      ],
      "post": {
        "operationId": "addHighlight",
        "summary": "Highlight a message",
        "tags": [
          "journal"
        ],
        "description": "Highlights a message of a completed session; `text` copies the message's text. A\nmessage has at most one highlight: highlighting it again updates `note` and\n`highlighted_at` and keeps the `highlight_id`.\n\nErrors: `400` invalid body; `401`; `404` no session of yours has this id\n(`SESSION_NOT_FOUND`) or it has no such message (`MESSAGE_NOT_FOUND`); `409` the session\nis not completed (`SESSION_NOT_COMPLETED`).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/HighlightRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "message_id": "msg_123abc456def",
                    "note": "This really resonated with me"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The highlight.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Highlight"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "highlight_id": "hl_abc123def456",
                      "message_id": "msg_123abc456def",
                      "text": "That feeling must be heavy — I'm sorry you're carrying that.",
                      "note": "This really resonated with me",
                      "highlighted_at": "2024-01-15T11:00:00Z"
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
            "$ref": "#/components/responses/SessionNotFound"
          },
          "409": {
            "$ref": "#/components/responses/SessionConflict"
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
    "/v1/journal/entry/{session_id}/tags": {
      "parameters": [
        {
          "$ref": "#/components/parameters/JournalSessionIdPath"
        }
      ],
      "post": {
        "operationId": "setTags",
        "summary": "Replace a journal entry's tags",
        "tags": [
          "journal"
        ],
        "description": "Replaces the completed session's tags (the summary's `tags`) with the given list,\nlower-cased and without duplicates, in the order given: `[\"Work\", \"work\", \"Anxiety\"]`\nis stored and answered as `[\"work\", \"anxiety\"]`. An empty list clears them.\n\nErrors: `400` a tag that is not 1–40 letters (either case), digits and dashes, or more\nthan 20 tags; `401`; `404` no session of yours has this id; `409` the session is not\ncompleted (`SESSION_NOT_COMPLETED`).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TagsRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "tags": [
                      "self-worth",
                      "anxiety",
                      "work"
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The entry's tags now.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TagsResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "session_id": "sess_xyz789abc123",
                      "tags": [
                        "self-worth",
                        "anxiety",
                        "work"
                      ],
                      "updated_at": "2024-01-15T11:00:00Z"
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
            "$ref": "#/components/responses/SessionNotFound"
          },
          "409": {
            "$ref": "#/components/responses/SessionConflict"
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
    "/v1/journal/export": {
      "post": {
        "operationId": "createExport",
        "summary": "Export journal entries",
        "tags": [
          "journal"
        ],
        "description": "Starts an export of completed sessions: those in `session_ids` (each must be a\ncompleted session of yours, else `404 SESSION_NOT_FOUND` naming it), filtered by\n`date_range` on their start (inclusive); with neither, every completed session.\n`include_transcript` defaults to `false`, `include_highlights` to `true`. The export\nkeeps which entries were chosen, not a copy of them: the file is built from those\nentries as they are whenever it is read (the status poll and the download), so a\nhighlight added since is in it and an entry deleted since is left out.\n\nThe export is `processing` until it completes, which happens at the first status poll\n(`GET /v1/journal/export/{export_id}`) or once `estimated_completion` (2 s after the\nrequest, on the stub's clock) has passed, whichever comes first; with a fixed clock\n(`--now`) the first poll completes it.\n\nErrors: `400` an unknown `format` or invalid field; `401`; `404` a session id that is\nnot a completed session of yours; `429` more than 5 exports an hour.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ExportRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example (one format chosen)",
                  "value": {
                    "format": "pdf",
                    "session_ids": [
                      "sess_xyz789abc123",
                      "sess_abc456def789"
                    ],
                    "date_range": {
                      "start": "2024-01-01T00:00:00Z",
                      "end": "2024-01-31T23:59:59Z"
                    },
                    "include_transcript": true,
                    "include_highlights": true
                  }
                }
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "The export is being prepared.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ExportAccepted"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "export_id": "exp_xyz789abc123",
                      "status": "processing",
                      "estimated_completion": "2024-01-15T11:05:00Z"
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
            "$ref": "#/components/responses/SessionNotFound"
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
          }
        }
      }
    },
    "/v1/journal/export/{export_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ExportIdPath"
        }
      ],
      "get": {
        "operationId": "getExportStatus",
        "summary": "Poll an export",
        "tags": [
          "journal"
        ],
        "description": "The export's status. While `processing`, `download_url`, `expires_at` and\n`file_size_bytes` are absent; once `completed` (see `POST /v1/journal/export`),\n`download_url` is the absolute URL of `GET /v1/journal/export/{export_id}/download` on\nthis server, `file_size_bytes` the exact size of that file as it reads now (see\n`POST /v1/journal/export`) and `expires_at` seven days\nafter completion (afterwards the export is gone: `404`).\n\nErrors: `400` an id that is not a decodable path segment (e.g. a lone `%`); `401`; `404` no export of yours has this id (`EXPORT_NOT_FOUND`).\n",
        "responses": {
          "200": {
            "description": "The export's status.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ExportStatus"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "export_id": "exp_xyz789abc123",
                      "status": "completed",
                      "format": "pdf",
                      "download_url": "https://api.shadowcoach.app/v1/journal/export/exp_xyz789abc123/download",
                      "expires_at": "2024-01-22T11:00:00Z",
                      "file_size_bytes": 245760
                    }
                  },
                  "processing": {
                    "summary": "Not completed yet",
                    "value": {
                      "export_id": "exp_xyz789abc123",
                      "status": "processing",
                      "format": "pdf",
                      "estimated_completion": "2024-01-15T11:05:00Z"
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
            "$ref": "#/components/responses/ExportNotFound"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/v1/journal/export/{export_id}/download": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ExportIdPath"
        }
      ],
      "get": {
        "operationId": "downloadExport",
        "summary": "Download an export's file",
        "tags": [
          "journal"
        ],
        "description": "The exported file (not in the prose beyond its `download_url`): `application/pdf` (a\nreal PDF), `text/plain` (UTF-8) or `application/json` (`ExportDocument`), as the\nexport's `format` chose, with `Content-Disposition: attachment` and exactly\n`file_size_bytes` bytes. Only its owner may fetch it (the bearer token is required).\n\nErrors: `400` an id that is not a decodable path segment (e.g. a lone `%`); `401`; `404` no export of yours has this id (`EXPORT_NOT_FOUND`); `409` not\ncompleted yet (`EXPORT_NOT_READY`).\n",
        "responses": {
          "200": {
            "description": "The file.",
            "headers": {
              "Content-Disposition": {
                "description": "`attachment; filename=\"shadow-coach-journal-<export_id>.<pdf|txt|json>\"`",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/pdf": {
                "schema": {
                  "type": "string",
                  "format": "binary",
                  "description": "A PDF document (starts with `%PDF-`)."
                }
              },
              "text/plain": {
                "schema": {
                  "type": "string",
                  "description": "The entries as plain text."
                },
                "examples": {
                  "text": {
                    "summary": "A text export",
                    "value": "Shadow Coach journal\nExported 2024-01-15T11:00:00.000Z (1 entry)\n\n== 2024-01-15 - gentle_deep - 15 min ==\nSummary: You explored feelings of self-worth and anxiety.\n"
                  }
                }
              },
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ExportDocument"
                },
                "examples": {
                  "json": {
                    "summary": "A JSON export",
                    "value": {
                      "export_id": "exp_xyz789abc123",
                      "user_id": "usr_abc123def456",
                      "generated_at": "2024-01-15T11:00:00Z",
                      "entries": [
                        {
                          "session_id": "sess_xyz789abc123",
                          "session_type": "gentle_deep",
                          "date": "2024-01-15T10:30:00Z",
                          "duration_minutes": 15,
                          "summary": {
                            "text": "You explored feelings of self-worth and anxiety.",
                            "insights": [
                              "Recurring self-worth concerns"
                            ],
                            "tags": [
                              "self-worth",
                              "anxiety"
                            ],
                            "experiment": "Try writing one thing you did well each day this week."
                          },
                          "highlights": []
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
            "$ref": "#/components/responses/ExportNotFound"
          },
          "409": {
            "$ref": "#/components/responses/ExportNotReady"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/v1/analytics/mood": {
      "post": {
        "operationId": "submitMood",
        "summary": "Submit a mood score",
        "tags": [
          "analytics"
        ],
        "description": "Records a mood score (1–10) at `timestamp` (default: now) with optional `notes`.\n\nErrors: `400` a score outside 1–10 (`VALIDATION_OUT_OF_RANGE`) or another invalid\nfield; `401`; `429` more than 10 analytics requests a minute.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MoodRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "mood_score": 5,
                    "timestamp": "2024-01-15T10:00:00Z",
                    "notes": "Feeling anxious about work"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The mood entry.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MoodEntry"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "mood_id": "mood_abc123def456",
                      "mood_score": 5,
                      "timestamp": "2024-01-15T10:00:00Z",
                      "created_at": "2024-01-15T10:00:05Z"
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
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "get": {
        "operationId": "getMoodHistory",
        "summary": "Mood history",
        "tags": [
          "analytics"
        ],
        "description": "Mood entries (submitted ones and session starts' `mood_score`) whose `timestamp` lies\nin `[start_date, end_date]` (defaults: 30 days ago, now), grouped by UTC day, ISO week\n(the bucket's `date` is its Monday) or month (its first day), newest bucket first.\nA bucket's `score` is the mean of its entries rounded to two decimals, `count` their\nnumber. `statistics` are over the entries themselves: `average` (two decimals), `min`,\n`max` (`null` without entries) and `trend`: with at least two entries in time order,\nthe mean of the later half minus the mean of the earlier half (the middle entry of an\nodd count is left out) is `improving` at ≥ 0.5, `declining` at ≤ -0.5, else `stable`;\n`insufficient_data` with fewer than two.\n\nErrors: `400` an invalid date or `granularity`, or `start_date` after `end_date`\n(`VALIDATION_OUT_OF_RANGE`); `401`; `429` more than 10 analytics requests a minute.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/StartDate"
          },
          {
            "$ref": "#/components/parameters/EndDate"
          },
          {
            "name": "granularity",
            "in": "query",
            "description": "Bucket size (default `day`).",
            "schema": {
              "type": "string",
              "enum": [
                "day",
                "week",
                "month"
              ],
              "default": "day"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The history and its statistics.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MoodHistory"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "mood_scores": [
                        {
                          "date": "2024-01-15",
                          "score": 5,
                          "count": 1
                        },
                        {
                          "date": "2024-01-14",
                          "score": 6,
                          "count": 1
                        }
                      ],
                      "statistics": {
                        "average": 5.5,
                        "min": 3,
                        "max": 8,
                        "trend": "stable"
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
    "/v1/analytics/insights": {
      "get": {
        "operationId": "getInsights",
        "summary": "Insights analytics",
        "tags": [
          "analytics"
        ],
        "description": "Computed over the sessions started in `[start_date, end_date]` (defaults: 30 days ago,\nnow). `insight_frequency.total` counts the insights of completed sessions' summaries;\n`by_week` splits them by the ISO week (its Monday) the session started in, oldest\nfirst, weeks without insights left out. `tag_distribution` counts completed sessions\nper tag, most frequent first (ties by tag). `session_types` counts sessions of every\nstate by type (all three types always present).\n\nErrors: `400` an invalid date or `start_date` after `end_date`; `401`; `429` more than\n10 analytics requests a minute.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/StartDate"
          },
          {
            "$ref": "#/components/parameters/EndDate"
          }
        ],
        "responses": {
          "200": {
            "description": "The insights analytics.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InsightsAnalytics"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "insight_frequency": {
                        "total": 25,
                        "by_week": [
                          {
                            "week": "2024-01-08",
                            "count": 5
                          },
                          {
                            "week": "2024-01-15",
                            "count": 7
                          }
                        ]
                      },
                      "tag_distribution": [
                        {
                          "tag": "anxiety",
                          "count": 10
                        },
                        {
                          "tag": "self-worth",
                          "count": 8
                        }
                      ],
                      "session_types": {
                        "check-in": 20,
                        "gentle_deep": 5,
                        "micro_practice": 10
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
    "/v1/analytics/progress": {
      "get": {
        "operationId": "getProgress",
        "summary": "Overall progress",
        "tags": [
          "analytics"
        ],
        "description": "Totals across all the user's sessions, from registration (`period.start`) to now\n(`period.end`). `total_sessions` counts sessions in every state;\n`total_duration_minutes` and `insights_count` sum completed sessions;\n`experiments_completed` counts completed sessions that reached step 5 (Experiment\nDesign). `average_mood` (two decimals, `null` without entries) and `mood_trend` are\nover every mood entry, with the rule of `GET /v1/analytics/mood`. `trends.mood` equals\n`mood_trend`; `trends.session_frequency` compares sessions started in the last 7 days\nwith the 7 days before, `trends.engagement` the user messages of the same two weeks:\nmore is `increasing`, fewer `decreasing`, equal `stable`.\n\nErrors: `401`; `429` more than 10 analytics requests a minute.\n",
        "responses": {
          "200": {
            "description": "The progress summary.",
            "headers": {
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProgressSummary"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "user_id": "usr_abc123def456",
                      "period": {
                        "start": "2024-01-01T00:00:00Z",
                        "end": "2024-01-31T23:59:59Z"
                      },
                      "summary": {
                        "total_sessions": 35,
                        "total_duration_minutes": 525,
                        "average_mood": 5.5,
                        "mood_trend": "improving",
                        "insights_count": 25,
                        "experiments_completed": 8
                      },
                      "trends": {
                        "mood": "improving",
                        "session_frequency": "stable",
                        "engagement": "increasing"
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
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/v1/safety/check-in": {
      "post": {
        "operationId": "safetyCheckIn",
        "summary": "Submit a safety check-in",
        "tags": [
          "safety"
        ],
        "description": "Records a check-in and schedules the next: 24 h later for `safe`, 4 h for `unsure`,\n1 h for `needs_support`. `session_id` is optional (a check-in outside a session); when\ngiven it must be a session of yours. A `safe` check-in for a session paused by a safety\nescalation allows it to be resumed.\n\nErrors: `400` invalid body; `401`; `404` no session of yours has `session_id`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CheckInRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "session_id": "sess_xyz789abc123",
                    "safety_status": "safe",
                    "message": "I'm feeling better now, thank you for checking in."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The check-in.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CheckInResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "check_in_id": "check_abc123def456",
                      "safety_status": "safe",
                      "timestamp": "2024-01-15T12:00:00Z",
                      "next_check_in": "2024-01-16T12:00:00Z"
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
            "$ref": "#/components/responses/SessionNotFound"
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
    "/v1/safety/resources": {
      "get": {
        "operationId": "getSafetyResources",
        "summary": "Crisis resources",
        "tags": [
          "safety"
        ],
        "description": "Real public crisis resources for `country` (ISO 3166-1 alpha-2, any case). Without\n`country` (a stub cannot geolocate), the user's registered `preferences.country`, else\n`US`. Countries with their own list: US, GB, CA, AU, DE, IN, IE, NZ; any other gets\ninternational directories and the advice to call local emergency services, with\n`location.country` as asked. `region` is echoed (`null` when absent). The prose's\nexample lists a made-up local centre; only real services are listed.\n\nErrors: `400` a `country` that is not two letters; `401`.\n",
        "parameters": [
          {
            "name": "country",
            "in": "query",
            "description": "ISO 3166-1 alpha-2 country code.",
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z]{2}$"
            },
            "example": "US"
          },
          {
            "name": "region",
            "in": "query",
            "description": "Region or state code, echoed in `location.region`.",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 10
            },
            "example": "CA"
          }
        ],
        "responses": {
          "200": {
            "description": "The resources.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SafetyResources"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "resources": [
                        {
                          "type": "crisis_hotline",
                          "name": "National Suicide Prevention Lifeline",
                          "phone": "988",
                          "available_24_7": true
                        },
                        {
                          "type": "crisis_text",
                          "name": "Crisis Text Line",
                          "text": "Text HOME to 741741",
                          "available_24_7": true
                        },
                        {
                          "type": "local_center",
                          "name": "Local Crisis Center",
                          "phone": "+1-555-123-4567",
                          "address": "123 Main St, City, State 12345",
                          "available_24_7": true
                        }
                      ],
                      "location": {
                        "country": "US",
                        "region": "CA"
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
    "/v1/safety/referral": {
      "post": {
        "operationId": "requestReferral",
        "summary": "Request a therapist referral",
        "tags": [
          "safety"
        ],
        "description": "Records an opt-in referral request (`consent_for_contact` must be `true`). It is\n`processing` until it is matched: once `estimated_response` (24 h later on the stub's\nclock) has passed, or at the user's next referral request, whichever comes first. A\nuser has one referral: a later request updates its preferences and answers the same\n`referral_id` with its current `status` (`matched` from then on).\n\nErrors: `400` missing consent or an invalid field; `401`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ReferralRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "preferences": {
                      "location": "San Francisco, CA",
                      "insurance": "Blue Cross",
                      "specialties": [
                        "anxiety",
                        "depression"
                      ],
                      "availability": "evenings"
                    },
                    "consent_for_contact": true
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The referral.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReferralResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "referral_id": "ref_abc123def456",
                      "status": "processing",
                      "estimated_response": "2024-01-16T10:00:00Z"
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
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "The token from `POST /v1/auth/register`, `/login` or `/refresh`: an HS256 JWT signed by the stub (`sub` = user id), valid for 86400 s."
      }
    },
    "parameters": {
      "SessionIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The session id (`sess_…`).",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 64
        },
        "example": "sess_xyz789abc123"
      },
      "JournalSessionIdPath": {
        "name": "session_id",
        "in": "path",
        "required": true,
        "description": "The session id (`sess_…`) of a completed session.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 64
        },
        "example": "sess_xyz789abc123"
      },
      "ExportIdPath": {
        "name": "export_id",
        "in": "path",
        "required": true,
        "description": "The export id (`exp_…`).",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 64
        },
        "example": "exp_xyz789abc123"
      },
      "Limit": {
        "name": "limit",
        "in": "query",
        "description": "Number of results (default 20, at most 100).",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 20
        }
      },
      "Offset": {
        "name": "offset",
        "in": "query",
        "description": "Pagination offset (default 0).",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "default": 0
        }
      },
      "StartDate": {
        "name": "start_date",
        "in": "query",
        "description": "Start of the range, inclusive (ISO 8601 date or date-time).",
        "schema": {
          "$ref": "#/components/schemas/IsoDateQuery"
        },
        "example": "2024-01-01T00:00:00Z"
      },
      "EndDate": {
        "name": "end_date",
        "in": "query",
        "description": "End of the range, inclusive (ISO 8601 date, meaning the whole day, or date-time).",
        "schema": {
          "$ref": "#/components/schemas/IsoDateQuery"
        },
        "example": "2024-01-31"
      }
    },
    "headers": {
      "X-RateLimit-Limit": {
        "description": "Requests allowed in the current window.",
        "schema": {
          "type": "integer"
        }
      },
      "X-RateLimit-Remaining": {
        "description": "Requests left in the current window.",
        "schema": {
          "type": "integer"
        }
      },
      "X-RateLimit-Reset": {
        "description": "When the window resets (Unix time, seconds).",
        "schema": {
          "type": "integer"
        }
      },
      "Retry-After": {
        "description": "Seconds until the window resets.",
        "schema": {
          "type": "integer"
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "A field is missing or invalid; `details.field` names it.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "requiredField": {
                "summary": "A required field is missing",
                "value": {
                  "error": {
                    "code": "VALIDATION_REQUIRED_FIELD",
                    "message": "body.email: is required",
                    "details": {
                      "field": "body.email",
                      "issues": [
                        {
                          "field": "body.email",
                          "message": "is required"
                        }
                      ]
                    },
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
              },
              "outOfRange": {
                "summary": "A number outside its range",
                "value": {
                  "error": {
                    "code": "VALIDATION_OUT_OF_RANGE",
                    "message": "body.mood_score: must be <= 10",
                    "details": {
                      "field": "body.mood_score",
                      "issues": [
                        {
                          "field": "body.mood_score",
                          "message": "must be <= 10"
                        }
                      ]
                    },
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
              },
              "invalidType": {
                "summary": "An unknown session type",
                "value": {
                  "error": {
                    "code": "SESSION_INVALID_TYPE",
                    "message": "body.session_type: must be equal to one of the allowed values",
                    "details": {
                      "field": "body.session_type",
                      "issues": [
                        {
                          "field": "body.session_type",
                          "message": "must be equal to one of the allowed values"
                        }
                      ]
                    },
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
              }
            }
          }
        }
      },
      "BadRequestSession": {
        "description": "An invalid message, or the session is not active (paused or completed).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "notActive": {
                "summary": "The session is paused",
                "value": {
                  "error": {
                    "code": "SESSION_NOT_ACTIVE",
                    "message": "Session sess_xyz789abc123 is paused; resume it first",
                    "details": {
                      "session_id": "sess_xyz789abc123",
                      "state": "paused"
                    },
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
              },
              "alreadyEnded": {
                "summary": "The session is completed",
                "value": {
                  "error": {
                    "code": "SESSION_ALREADY_ENDED",
                    "message": "Session sess_xyz789abc123 has already ended",
                    "details": {
                      "session_id": "sess_xyz789abc123",
                      "state": "completed"
                    },
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
              },
              "requiredField": {
                "summary": "The message text is missing",
                "value": {
                  "error": {
                    "code": "VALIDATION_REQUIRED_FIELD",
                    "message": "body.message_text: is required",
                    "details": {
                      "field": "body.message_text",
                      "issues": [
                        {
                          "field": "body.message_text",
                          "message": "is required"
                        }
                      ]
                    },
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "The token is missing (`AUTH_MISSING_TOKEN`) or invalid or expired (`AUTH_INVALID_TOKEN`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "missing": {
                "summary": "No token",
                "value": {
                  "error": {
                    "code": "AUTH_MISSING_TOKEN",
                    "message": "header.authorization: Bearer <token> is required",
                    "details": {},
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
              },
              "invalid": {
                "summary": "A token that does not verify",
                "value": {
                  "error": {
                    "code": "AUTH_INVALID_TOKEN",
                    "message": "header.authorization: token expired",
                    "details": {},
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
              }
            }
          }
        }
      },
      "InvalidCredentials": {
        "description": "Unknown email or wrong password.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "invalid": {
                "summary": "Wrong email or password",
                "value": {
                  "error": {
                    "code": "AUTH_INVALID_CREDENTIALS",
                    "message": "Invalid email or password",
                    "details": {},
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
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
              "taken": {
                "summary": "Email already registered",
                "value": {
                  "error": {
                    "code": "AUTH_EMAIL_TAKEN",
                    "message": "Email user@example.com is already registered",
                    "details": {
                      "field": "body.email"
                    },
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
              }
            }
          }
        }
      },
      "SessionNotFound": {
        "description": "No session (or message) of yours has this id; another user's is not found either.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "notFound": {
                "summary": "Unknown session",
                "value": {
                  "error": {
                    "code": "SESSION_NOT_FOUND",
                    "message": "Session sess_xyz789abc123 not found",
                    "details": {
                      "session_id": "sess_xyz789abc123"
                    },
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
              },
              "messageNotFound": {
                "summary": "Unknown message",
                "value": {
                  "error": {
                    "code": "MESSAGE_NOT_FOUND",
                    "message": "Message msg_123abc456def not found in session sess_xyz789abc123",
                    "details": {
                      "message_id": "msg_123abc456def"
                    },
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
              }
            }
          }
        }
      },
      "SessionConflict": {
        "description": "The session is not in a state that allows this.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "alreadyEnded": {
                "summary": "The session has ended",
                "value": {
                  "error": {
                    "code": "SESSION_ALREADY_ENDED",
                    "message": "Session sess_xyz789abc123 has already ended",
                    "details": {
                      "session_id": "sess_xyz789abc123",
                      "state": "completed"
                    },
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
              },
              "notPaused": {
                "summary": "Resuming a session that is active",
                "value": {
                  "error": {
                    "code": "SESSION_NOT_PAUSED",
                    "message": "Session sess_xyz789abc123 is active, not paused",
                    "details": {
                      "session_id": "sess_xyz789abc123",
                      "state": "active"
                    },
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
              },
              "safetyFirst": {
                "summary": "Paused by a safety escalation, no safe check-in yet",
                "value": {
                  "error": {
                    "code": "SAFETY_HIGH_RISK",
                    "message": "Session sess_xyz789abc123 was paused for your safety; a check-in with safety_status safe comes first",
                    "details": {
                      "session_id": "sess_xyz789abc123",
                      "state": "paused"
                    },
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
              }
            }
          }
        }
      },
      "ExportNotFound": {
        "description": "No export of yours has this id.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "notFound": {
                "summary": "Unknown export",
                "value": {
                  "error": {
                    "code": "EXPORT_NOT_FOUND",
                    "message": "Export exp_xyz789abc123 not found",
                    "details": {
                      "export_id": "exp_xyz789abc123"
                    },
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
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
              "notReady": {
                "summary": "Still processing",
                "value": {
                  "error": {
                    "code": "EXPORT_NOT_READY",
                    "message": "Export exp_xyz789abc123 is still processing; poll its status first",
                    "details": {
                      "export_id": "exp_xyz789abc123"
                    },
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
              }
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The body is larger than 1 MiB.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "tooLarge": {
                "summary": "A body over 1 MiB",
                "value": {
                  "error": {
                    "code": "PAYLOAD_TOO_LARGE",
                    "message": "body: is larger than 1 MiB",
                    "details": {
                      "field": "body"
                    },
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
              }
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "The body is not `application/json`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "notJson": {
                "summary": "A text body",
                "value": {
                  "error": {
                    "code": "UNSUPPORTED_MEDIA_TYPE",
                    "message": "header.content-type: text/plain is not supported; use application/json",
                    "details": {
                      "field": "header.content-type"
                    },
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
                }
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "The rate limit is spent; retry after `Retry-After` seconds.",
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/Retry-After"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "exceeded": {
                "summary": "Too many requests",
                "value": {
                  "error": {
                    "code": "RATE_LIMIT_EXCEEDED",
                    "message": "Rate limit of 30 requests per 60 s exceeded; retry after 42 s",
                    "details": {
                      "retry_after": 42
                    },
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
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
                "summary": "Internal error",
                "value": {
                  "error": {
                    "code": "INTERNAL_ERROR",
                    "message": "Internal Server Error",
                    "details": {},
                    "request_id": "req_abc123",
                    "timestamp": "2024-01-15T10:30:00Z"
                  }
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
        "description": "The error envelope of every error.",
        "additionalProperties": false,
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "description": "What went wrong.",
            "additionalProperties": false,
            "required": [
              "code",
              "message",
              "details",
              "request_id",
              "timestamp"
            ],
            "properties": {
              "code": {
                "type": "string",
                "pattern": "^[A-Z][A-Z_]*$",
                "description": "Machine-readable code (see `info.description`), e.g. `SESSION_NOT_FOUND`."
              },
              "message": {
                "type": "string",
                "description": "Human-readable message naming the field or resource."
              },
              "details": {
                "type": "object",
                "description": "Free-form facts about the error (`field`, `issues`, `session_id`, `retry_after`, …).",
                "additionalProperties": true
              },
              "request_id": {
                "type": "string",
                "description": "The request's id (`req_…`)."
              },
              "timestamp": {
                "type": "string",
                "format": "date-time",
                "description": "When the error happened."
              }
            }
          }
        }
      },
      "Id": {
        "type": "string",
        "pattern": "^[a-z]+_[a-z0-9]+$",
        "description": "A prefixed id (`sess_…`, `msg_…`)."
      },
      "Timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "An ISO 8601 date-time (UTC)."
      },
      "NullableTimestamp": {
        "description": "An ISO 8601 date-time, or `null`.",
        "oneOf": [
          {
            "type": "string",
            "format": "date-time"
          },
          {
            "type": "null"
          }
        ]
      },
      "IsoDateQuery": {
        "type": "string",
        "description": "An ISO 8601 date (`2024-01-15`) or date-time (`2024-01-15T10:30:00Z`).",
        "pattern": "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?$"
      },
      "SessionType": {
        "type": "string",
        "enum": [
          "check-in",
          "gentle_deep",
          "micro_practice"
        ],
        "description": "The kind of session."
      },
      "SessionState": {
        "type": "string",
        "enum": [
          "active",
          "paused",
          "completed"
        ],
        "description": "Where the session is in its state machine."
      },
      "Intent": {
        "type": "string",
        "enum": [
          "validate",
          "probe_story",
          "probe_root",
          "reframe",
          "suggest_experiment",
          "offer_mindfulness",
          "safety_check",
          "emergency",
          "close",
          "other"
        ],
        "description": "What the assistant's message is for."
      },
      "RiskLevel": {
        "type": "string",
        "enum": [
          "none",
          "low",
          "medium",
          "high"
        ],
        "description": "The risk read from the user's message."
      },
      "Sentiment": {
        "type": "string",
        "enum": [
          "very_negative",
          "negative",
          "neutral",
          "positive"
        ],
        "description": "The sentiment read from a user's message."
      },
      "MoodScore": {
        "type": "integer",
        "minimum": 1,
        "maximum": 10,
        "description": "A mood score, 1 (lowest) to 10 (highest)."
      },
      "Tag": {
        "type": "string",
        "pattern": "^[a-z0-9][a-z0-9-]{0,39}$",
        "description": "A tag, 1–40 lowercase letters, digits and dashes."
      },
      "TagInput": {
        "type": "string",
        "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,39}$",
        "description": "A tag as a client sends it: 1–40 letters (either case), digits and dashes. It is lower-cased on arrival, so `Work` and `work` are the same tag."
      },
      "Trend": {
        "type": "string",
        "enum": [
          "improving",
          "declining",
          "stable",
          "insufficient_data"
        ],
        "description": "The direction of mood scores (see `GET /v1/analytics/mood`)."
      },
      "ActivityTrend": {
        "type": "string",
        "enum": [
          "increasing",
          "decreasing",
          "stable"
        ],
        "description": "The last 7 days compared with the 7 before."
      },
      "Preferences": {
        "type": "object",
        "description": "The user's preferences.",
        "additionalProperties": false,
        "properties": {
          "session_length": {
            "type": "string",
            "enum": [
              "short",
              "medium",
              "long"
            ],
            "description": "Preferred session length."
          },
          "notifications_enabled": {
            "type": "boolean",
            "description": "Whether check-in reminders are wanted."
          },
          "country": {
            "type": "string",
            "pattern": "^[A-Za-z]{2}$",
            "description": "ISO 3166-1 alpha-2 country for crisis resources (default `US`); an addition to the prose."
          }
        }
      },
      "RegisterRequest": {
        "type": "object",
        "description": "A new account.",
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
            "description": "The login email (compared case-insensitively)."
          },
          "password": {
            "type": "string",
            "minLength": 8,
            "maxLength": 128,
            "pattern": "^(?=.*[A-Za-z])(?=.*[0-9])",
            "description": "8 to 128 characters with at least one letter and one digit."
          },
          "consent_for_research": {
            "type": "boolean",
            "description": "Consent to anonymised research use (default `false`)."
          },
          "preferences": {
            "$ref": "#/components/schemas/Preferences"
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
            "description": "The login email."
          },
          "password": {
            "type": "string",
            "minLength": 1,
            "maxLength": 128,
            "description": "The password."
          }
        }
      },
      "User": {
        "type": "object",
        "description": "The User model of the prose.",
        "additionalProperties": false,
        "required": [
          "user_id",
          "email",
          "created_at",
          "preferences",
          "safety_contact"
        ],
        "properties": {
          "user_id": {
            "$ref": "#/components/schemas/Id"
          },
          "email": {
            "type": "string",
            "description": "The login email, lower-cased."
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "preferences": {
            "type": "object",
            "description": "Preferences with their defaults filled in.",
            "additionalProperties": false,
            "required": [
              "session_length",
              "notifications_enabled",
              "consent_for_research",
              "country"
            ],
            "properties": {
              "session_length": {
                "type": "string",
                "enum": [
                  "short",
                  "medium",
                  "long"
                ],
                "description": "Preferred session length (default `medium`)."
              },
              "notifications_enabled": {
                "type": "boolean",
                "description": "Whether check-in reminders are wanted (default `true`)."
              },
              "consent_for_research": {
                "type": "boolean",
                "description": "Consent to anonymised research use."
              },
              "country": {
                "type": "string",
                "description": "Country for crisis resources, upper-case (default `US`)."
              }
            }
          },
          "safety_contact": {
            "description": "An emergency contact; no operation sets one, so it is `null`.",
            "oneOf": [
              {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "name",
                  "phone"
                ],
                "properties": {
                  "name": {
                    "type": "string",
                    "description": "The contact's name."
                  },
                  "phone": {
                    "type": "string",
                    "description": "The contact's phone number."
                  }
                }
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "AuthResponse": {
        "type": "object",
        "description": "A token for the account (and, on registration, the new user).",
        "additionalProperties": false,
        "required": [
          "user_id",
          "token",
          "expires_at"
        ],
        "properties": {
          "user_id": {
            "$ref": "#/components/schemas/Id"
          },
          "token": {
            "type": "string",
            "description": "The bearer token (JWT)."
          },
          "expires_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "user": {
            "$ref": "#/components/schemas/User"
          }
        }
      },
      "RefreshResponse": {
        "type": "object",
        "description": "A new token.",
        "additionalProperties": false,
        "required": [
          "token",
          "expires_at"
        ],
        "properties": {
          "token": {
            "type": "string",
            "description": "The new bearer token (JWT)."
          },
          "expires_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "StartSessionRequest": {
        "type": "object",
        "description": "How to start the session.",
        "additionalProperties": false,
        "required": [
          "session_type"
        ],
        "properties": {
          "session_type": {
            "$ref": "#/components/schemas/SessionType"
          },
          "mood_score": {
            "$ref": "#/components/schemas/MoodScore"
          },
          "initial_message": {
            "type": "string",
            "minLength": 1,
            "maxLength": 4000,
            "description": "The user's opening message (optional)."
          },
          "consent_for_deep_exploration": {
            "type": "boolean",
            "description": "Consent to explore difficult topics in depth (default `false`)."
          }
        }
      },
      "MemoryDelta": {
        "type": "object",
        "description": "What the assistant took from the user's message.",
        "additionalProperties": false,
        "required": [
          "insights",
          "tags"
        ],
        "properties": {
          "insights": {
            "type": "array",
            "description": "One insight per recognised tag.",
            "items": {
              "type": "string"
            }
          },
          "tags": {
            "type": "array",
            "description": "Tags recognised in the message.",
            "items": {
              "$ref": "#/components/schemas/Tag"
            }
          }
        }
      },
      "AssistantMessage": {
        "type": "object",
        "description": "The Assistant Message Response of the prose, with its `message_id` (for highlights).",
        "additionalProperties": false,
        "required": [
          "message_id",
          "text",
          "intent",
          "risk_level",
          "suggested_followup",
          "memory_delta",
          "timestamp"
        ],
        "properties": {
          "message_id": {
            "$ref": "#/components/schemas/Id"
          },
          "text": {
            "type": "string",
            "description": "What the assistant says."
          },
          "intent": {
            "$ref": "#/components/schemas/Intent"
          },
          "risk_level": {
            "$ref": "#/components/schemas/RiskLevel"
          },
          "suggested_followup": {
            "description": "A follow-up the client may offer as a quick reply, or `null`.",
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "memory_delta": {
            "description": "What was learned from the user's message, or `null`.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/MemoryDelta"
              },
              {
                "type": "null"
              }
            ]
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "SessionProgress": {
        "type": "object",
        "description": "Where the session is among the seven coaching steps.",
        "additionalProperties": false,
        "required": [
          "step",
          "total_steps",
          "step_name"
        ],
        "properties": {
          "step": {
            "type": "integer",
            "minimum": 1,
            "maximum": 7,
            "description": "The current step, 1 to 7."
          },
          "total_steps": {
            "type": "integer",
            "const": 7,
            "description": "Always 7."
          },
          "step_name": {
            "type": "string",
            "enum": [
              "Check-in",
              "Story Elicitation",
              "Root Exploration",
              "Reframe",
              "Experiment Design",
              "Mindfulness Practice",
              "Closing"
            ],
            "description": "The step's name."
          }
        }
      },
      "EmergencyResources": {
        "type": "object",
        "description": "Crisis contacts for the user's country.",
        "additionalProperties": false,
        "required": [
          "crisis_hotline",
          "crisis_text",
          "local_resources"
        ],
        "properties": {
          "crisis_hotline": {
            "type": "string",
            "description": "The crisis line to call."
          },
          "crisis_text": {
            "description": "How to reach a crisis text line, or `null` where there is none.",
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "local_resources": {
            "type": "array",
            "description": "Further services (emergency number, support lines).",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "name",
                "phone"
              ],
              "properties": {
                "name": {
                  "type": "string",
                  "description": "The service."
                },
                "phone": {
                  "type": "string",
                  "description": "Its number."
                }
              }
            }
          }
        }
      },
      "SafetyEscalation": {
        "type": "object",
        "description": "Present when a message expressed self-harm or suicidal intent.",
        "additionalProperties": false,
        "required": [
          "triggered",
          "emergency_resources",
          "requires_immediate_attention"
        ],
        "properties": {
          "triggered": {
            "type": "boolean",
            "const": true,
            "description": "Always `true` when present."
          },
          "emergency_resources": {
            "$ref": "#/components/schemas/EmergencyResources"
          },
          "requires_immediate_attention": {
            "type": "boolean",
            "description": "`true` for high risk."
          }
        }
      },
      "StartSessionResponse": {
        "type": "object",
        "description": "The new session and the assistant's first message.",
        "additionalProperties": false,
        "required": [
          "session_id",
          "assistant_message",
          "session_state",
          "estimated_duration_minutes"
        ],
        "properties": {
          "session_id": {
            "$ref": "#/components/schemas/Id"
          },
          "assistant_message": {
            "$ref": "#/components/schemas/AssistantMessage"
          },
          "session_state": {
            "$ref": "#/components/schemas/SessionState"
          },
          "estimated_duration_minutes": {
            "type": "integer",
            "description": "10 (check-in), 25 (gentle_deep) or 5 (micro_practice)."
          },
          "safety_escalation": {
            "$ref": "#/components/schemas/SafetyEscalation"
          }
        }
      },
      "MessageRequest": {
        "type": "object",
        "description": "The user's message.",
        "additionalProperties": false,
        "required": [
          "message_text"
        ],
        "properties": {
          "message_text": {
            "type": "string",
            "minLength": 1,
            "maxLength": 4000,
            "description": "What the user says."
          },
          "timestamp": {
            "type": "string",
            "format": "date-time",
            "description": "When the client sent it (checked, not stored; the stub's clock stamps messages)."
          }
        }
      },
      "MessageResponse": {
        "type": "object",
        "description": "The assistant's answer and where the session is now.",
        "additionalProperties": false,
        "required": [
          "assistant_message",
          "session_state"
        ],
        "properties": {
          "assistant_message": {
            "$ref": "#/components/schemas/AssistantMessage"
          },
          "session_progress": {
            "$ref": "#/components/schemas/SessionProgress"
          },
          "safety_escalation": {
            "$ref": "#/components/schemas/SafetyEscalation"
          },
          "session_state": {
            "$ref": "#/components/schemas/SessionState"
          }
        }
      },
      "PauseResponse": {
        "type": "object",
        "description": "The paused session.",
        "additionalProperties": false,
        "required": [
          "session_id",
          "session_state",
          "paused_at",
          "resume_token"
        ],
        "properties": {
          "session_id": {
            "$ref": "#/components/schemas/Id"
          },
          "session_state": {
            "type": "string",
            "const": "paused",
            "description": "Always `paused`."
          },
          "paused_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "resume_token": {
            "type": "string",
            "description": "Proves the resume comes from this pause (`resume_…`)."
          }
        }
      },
      "ResumeRequest": {
        "type": "object",
        "description": "Optional proof of the pause.",
        "additionalProperties": false,
        "properties": {
          "resume_token": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "description": "The token of the session's latest pause."
          }
        }
      },
      "ResumeResponse": {
        "type": "object",
        "description": "The resumed session and a welcome-back message.",
        "additionalProperties": false,
        "required": [
          "session_id",
          "session_state",
          "resumed_at",
          "assistant_message"
        ],
        "properties": {
          "session_id": {
            "$ref": "#/components/schemas/Id"
          },
          "session_state": {
            "type": "string",
            "const": "active",
            "description": "Always `active`."
          },
          "resumed_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "assistant_message": {
            "$ref": "#/components/schemas/AssistantMessage"
          }
        }
      },
      "EndSessionRequest": {
        "type": "object",
        "description": "Optional feedback.",
        "additionalProperties": false,
        "properties": {
          "rating": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
            "description": "How helpful the session was, 1 to 5."
          },
          "feedback": {
            "type": "string",
            "maxLength": 2000,
            "description": "Free-text feedback."
          }
        }
      },
      "Summary": {
        "type": "object",
        "description": "A completed session's summary.",
        "additionalProperties": false,
        "required": [
          "text",
          "insights",
          "tags",
          "experiment"
        ],
        "properties": {
          "text": {
            "type": "string",
            "description": "A short account of the session."
          },
          "insights": {
            "type": "array",
            "description": "Insights gathered from the conversation.",
            "items": {
              "type": "string"
            }
          },
          "tags": {
            "type": "array",
            "description": "The session's tags (replaceable with `POST /v1/journal/entry/{session_id}/tags`).",
            "items": {
              "$ref": "#/components/schemas/Tag"
            }
          },
          "experiment": {
            "type": "string",
            "description": "A small experiment to try."
          }
        }
      },
      "EndSessionResponse": {
        "type": "object",
        "description": "The completed session and its summary.",
        "additionalProperties": false,
        "required": [
          "session_id",
          "session_state",
          "ended_at",
          "summary",
          "duration_minutes"
        ],
        "properties": {
          "session_id": {
            "$ref": "#/components/schemas/Id"
          },
          "session_state": {
            "type": "string",
            "const": "completed",
            "description": "Always `completed`."
          },
          "ended_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "summary": {
            "$ref": "#/components/schemas/Summary"
          },
          "duration_minutes": {
            "type": "integer",
            "minimum": 0,
            "description": "Whole minutes from start to end, rounded."
          }
        }
      },
      "Message": {
        "type": "object",
        "description": "The Message model of the prose: one message of a transcript. User messages carry `sentiment` and `risk_level`; assistant messages `intent`, `risk_level` and `metadata`.",
        "additionalProperties": false,
        "required": [
          "message_id",
          "role",
          "text",
          "timestamp"
        ],
        "properties": {
          "message_id": {
            "$ref": "#/components/schemas/Id"
          },
          "session_id": {
            "$ref": "#/components/schemas/Id"
          },
          "role": {
            "type": "string",
            "enum": [
              "user",
              "assistant"
            ],
            "description": "Who wrote it."
          },
          "text": {
            "type": "string",
            "description": "The message text."
          },
          "intent": {
            "$ref": "#/components/schemas/Intent"
          },
          "sentiment": {
            "$ref": "#/components/schemas/Sentiment"
          },
          "risk_level": {
            "$ref": "#/components/schemas/RiskLevel"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "metadata": {
            "type": "object",
            "description": "The assistant message's follow-up and memory delta.",
            "additionalProperties": false,
            "required": [
              "suggested_followup",
              "memory_delta"
            ],
            "properties": {
              "suggested_followup": {
                "description": "The suggested follow-up, or `null`.",
                "oneOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "memory_delta": {
                "description": "The memory delta, or `null`.",
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/MemoryDelta"
                  },
                  {
                    "type": "null"
                  }
                ]
              }
            }
          }
        }
      },
      "Highlight": {
        "type": "object",
        "description": "A highlighted message.",
        "additionalProperties": false,
        "required": [
          "highlight_id",
          "message_id",
          "text",
          "note",
          "highlighted_at"
        ],
        "properties": {
          "highlight_id": {
            "$ref": "#/components/schemas/Id"
          },
          "message_id": {
            "$ref": "#/components/schemas/Id"
          },
          "text": {
            "type": "string",
            "description": "The highlighted message's text."
          },
          "note": {
            "description": "The user's note, or `null`.",
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "highlighted_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "SessionSummaryResponse": {
        "type": "object",
        "description": "A completed session with its summary, transcript and highlights.",
        "additionalProperties": false,
        "required": [
          "session_id",
          "session_type",
          "started_at",
          "ended_at",
          "duration_minutes",
          "summary",
          "messages",
          "highlights"
        ],
        "properties": {
          "session_id": {
            "$ref": "#/components/schemas/Id"
          },
          "session_type": {
            "$ref": "#/components/schemas/SessionType"
          },
          "started_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "ended_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "duration_minutes": {
            "type": "integer",
            "minimum": 0,
            "description": "Whole minutes from start to end."
          },
          "summary": {
            "$ref": "#/components/schemas/Summary"
          },
          "messages": {
            "type": "array",
            "description": "The full transcript, oldest first.",
            "items": {
              "$ref": "#/components/schemas/Message"
            }
          },
          "highlights": {
            "type": "array",
            "description": "Highlights, oldest first.",
            "items": {
              "$ref": "#/components/schemas/Highlight"
            }
          }
        }
      },
      "Session": {
        "type": "object",
        "description": "The Session model of the prose as `GET /v1/sessions` lists it, with the list's `summary_preview` and `tags` (the full summary is at `/session/{id}/summary`).",
        "additionalProperties": false,
        "required": [
          "session_id",
          "user_id",
          "session_type",
          "state",
          "started_at",
          "ended_at",
          "duration_minutes",
          "mood_score",
          "summary_preview",
          "tags"
        ],
        "properties": {
          "session_id": {
            "$ref": "#/components/schemas/Id"
          },
          "user_id": {
            "$ref": "#/components/schemas/Id"
          },
          "session_type": {
            "$ref": "#/components/schemas/SessionType"
          },
          "state": {
            "$ref": "#/components/schemas/SessionState"
          },
          "started_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "ended_at": {
            "$ref": "#/components/schemas/NullableTimestamp"
          },
          "duration_minutes": {
            "description": "Whole minutes from start to end; `null` until completed.",
            "oneOf": [
              {
                "type": "integer",
                "minimum": 0
              },
              {
                "type": "null"
              }
            ]
          },
          "mood_score": {
            "description": "The mood score given at the start, or `null`.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/MoodScore"
              },
              {
                "type": "null"
              }
            ]
          },
          "summary_preview": {
            "description": "The summary's first 100 characters (`...` when cut); `null` until completed.",
            "oneOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "tags": {
            "type": "array",
            "description": "Tags gathered so far.",
            "items": {
              "$ref": "#/components/schemas/Tag"
            }
          }
        }
      },
      "Pagination": {
        "type": "object",
        "description": "Where this page sits.",
        "additionalProperties": false,
        "required": [
          "total",
          "limit",
          "offset",
          "has_more"
        ],
        "properties": {
          "total": {
            "type": "integer",
            "minimum": 0,
            "description": "Matching items in all."
          },
          "limit": {
            "type": "integer",
            "description": "The page size used."
          },
          "offset": {
            "type": "integer",
            "description": "The offset used."
          },
          "has_more": {
            "type": "boolean",
            "description": "Whether items follow this page."
          }
        }
      },
      "SessionList": {
        "type": "object",
        "description": "One page of sessions.",
        "additionalProperties": false,
        "required": [
          "sessions",
          "pagination"
        ],
        "properties": {
          "sessions": {
            "type": "array",
            "description": "Sessions, newest first.",
            "items": {
              "$ref": "#/components/schemas/Session"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/Pagination"
          }
        }
      },
      "StreamRequest": {
        "type": "object",
        "description": "The message to send, and its session.",
        "additionalProperties": false,
        "required": [
          "session_id",
          "message_text"
        ],
        "properties": {
          "session_id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "description": "The session (`sess_…`)."
          },
          "message_text": {
            "type": "string",
            "minLength": 1,
            "maxLength": 4000,
            "description": "What the user says."
          },
          "timestamp": {
            "type": "string",
            "format": "date-time",
            "description": "When the client sent it (checked, not stored)."
          }
        }
      },
      "StreamChunk": {
        "type": "object",
        "description": "`data` of a `chunk` event: the next piece of the answer.",
        "additionalProperties": false,
        "required": [
          "type",
          "text",
          "chunk_id"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "chunk",
            "description": "Always `chunk`."
          },
          "text": {
            "type": "string",
            "description": "The piece; all pieces joined are the answer's text."
          },
          "chunk_id": {
            "type": "integer",
            "minimum": 1,
            "description": "1, 2, 3, … in order."
          }
        }
      },
      "StreamComplete": {
        "type": "object",
        "description": "`data` of the last event: the stored answer, as `/message` returns it.",
        "additionalProperties": false,
        "required": [
          "type",
          "assistant_message",
          "session_state"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "complete",
            "description": "Always `complete`."
          },
          "assistant_message": {
            "$ref": "#/components/schemas/AssistantMessage"
          },
          "session_progress": {
            "$ref": "#/components/schemas/SessionProgress"
          },
          "safety_escalation": {
            "$ref": "#/components/schemas/SafetyEscalation"
          },
          "session_state": {
            "$ref": "#/components/schemas/SessionState"
          }
        }
      },
      "JournalEntry": {
        "type": "object",
        "description": "A completed session in the journal list.",
        "additionalProperties": false,
        "required": [
          "session_id",
          "session_type",
          "date",
          "summary",
          "tags",
          "insights",
          "highlights"
        ],
        "properties": {
          "session_id": {
            "$ref": "#/components/schemas/Id"
          },
          "session_type": {
            "$ref": "#/components/schemas/SessionType"
          },
          "date": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "summary": {
            "type": "string",
            "description": "The summary's text."
          },
          "tags": {
            "type": "array",
            "description": "The entry's tags.",
            "items": {
              "$ref": "#/components/schemas/Tag"
            }
          },
          "insights": {
            "type": "array",
            "description": "The summary's insights.",
            "items": {
              "type": "string"
            }
          },
          "highlights": {
            "type": "array",
            "description": "The entry's highlights.",
            "items": {
              "$ref": "#/components/schemas/Highlight"
            }
          }
        }
      },
      "JournalEntryList": {
        "type": "object",
        "description": "One page of journal entries.",
        "additionalProperties": false,
        "required": [
          "entries",
          "pagination"
        ],
        "properties": {
          "entries": {
            "type": "array",
            "description": "Entries, newest first.",
            "items": {
              "$ref": "#/components/schemas/JournalEntry"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/Pagination"
          }
        }
      },
      "JournalEntryDetail": {
        "type": "object",
        "description": "A completed session with its full transcript.",
        "additionalProperties": false,
        "required": [
          "session_id",
          "session_type",
          "date",
          "duration_minutes",
          "summary",
          "full_transcript",
          "highlights"
        ],
        "properties": {
          "session_id": {
            "$ref": "#/components/schemas/Id"
          },
          "session_type": {
            "$ref": "#/components/schemas/SessionType"
          },
          "date": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "duration_minutes": {
            "type": "integer",
            "minimum": 0,
            "description": "Whole minutes from start to end."
          },
          "summary": {
            "$ref": "#/components/schemas/Summary"
          },
          "full_transcript": {
            "type": "array",
            "description": "Every message, oldest first.",
            "items": {
              "$ref": "#/components/schemas/Message"
            }
          },
          "highlights": {
            "type": "array",
            "description": "Highlights, oldest first.",
            "items": {
              "$ref": "#/components/schemas/Highlight"
            }
          }
        }
      },
      "HighlightRequest": {
        "type": "object",
        "description": "The message to highlight.",
        "additionalProperties": false,
        "required": [
          "message_id"
        ],
        "properties": {
          "message_id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "description": "A message of the session (`msg_…`)."
          },
          "note": {
            "type": "string",
            "maxLength": 1000,
            "description": "Why it matters."
          }
        }
      },
      "TagsRequest": {
        "type": "object",
        "description": "The new tags.",
        "additionalProperties": false,
        "required": [
          "tags"
        ],
        "properties": {
          "tags": {
            "type": "array",
            "maxItems": 20,
            "description": "The tags that replace the entry's tags (lower-cased on arrival).",
            "items": {
              "$ref": "#/components/schemas/TagInput"
            }
          }
        }
      },
      "TagsResponse": {
        "type": "object",
        "description": "The entry's tags now.",
        "additionalProperties": false,
        "required": [
          "session_id",
          "tags",
          "updated_at"
        ],
        "properties": {
          "session_id": {
            "$ref": "#/components/schemas/Id"
          },
          "tags": {
            "type": "array",
            "description": "The tags.",
            "items": {
              "$ref": "#/components/schemas/Tag"
            }
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "DeleteEntryResponse": {
        "type": "object",
        "description": "The deleted entry.",
        "additionalProperties": false,
        "required": [
          "session_id",
          "deleted_at"
        ],
        "properties": {
          "session_id": {
            "$ref": "#/components/schemas/Id"
          },
          "deleted_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "ExportFormat": {
        "type": "string",
        "enum": [
          "pdf",
          "text",
          "json"
        ],
        "description": "The file format."
      },
      "ExportRequest": {
        "type": "object",
        "description": "What to export.",
        "additionalProperties": false,
        "required": [
          "format"
        ],
        "properties": {
          "format": {
            "$ref": "#/components/schemas/ExportFormat"
          },
          "session_ids": {
            "type": "array",
            "maxItems": 500,
            "description": "Completed sessions to export (default all).",
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 64
            }
          },
          "date_range": {
            "type": "object",
            "description": "Only sessions started in this range (inclusive).",
            "additionalProperties": false,
            "required": [
              "start",
              "end"
            ],
            "properties": {
              "start": {
                "type": "string",
                "format": "date-time",
                "description": "Range start."
              },
              "end": {
                "type": "string",
                "format": "date-time",
                "description": "Range end."
              }
            }
          },
          "include_transcript": {
            "type": "boolean",
            "description": "Include every message (default `false`)."
          },
          "include_highlights": {
            "type": "boolean",
            "description": "Include highlights (default `true`)."
          }
        }
      },
      "ExportAccepted": {
        "type": "object",
        "description": "The export was accepted.",
        "additionalProperties": false,
        "required": [
          "export_id",
          "status",
          "estimated_completion"
        ],
        "properties": {
          "export_id": {
            "$ref": "#/components/schemas/Id"
          },
          "status": {
            "type": "string",
            "const": "processing",
            "description": "Always `processing` at first."
          },
          "estimated_completion": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "ExportStatus": {
        "type": "object",
        "description": "An export's status; the download fields appear once completed.",
        "additionalProperties": false,
        "required": [
          "export_id",
          "status"
        ],
        "properties": {
          "export_id": {
            "$ref": "#/components/schemas/Id"
          },
          "status": {
            "type": "string",
            "enum": [
              "processing",
              "completed"
            ],
            "description": "Whether the file is ready."
          },
          "format": {
            "$ref": "#/components/schemas/ExportFormat"
          },
          "estimated_completion": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "download_url": {
            "type": "string",
            "format": "uri",
            "description": "Absolute URL of the file (completed only)."
          },
          "expires_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "file_size_bytes": {
            "type": "integer",
            "minimum": 0,
            "description": "The file's exact size in bytes (completed only)."
          }
        }
      },
      "ExportDocument": {
        "type": "object",
        "description": "The JSON export file.",
        "additionalProperties": false,
        "required": [
          "export_id",
          "user_id",
          "generated_at",
          "entries"
        ],
        "properties": {
          "export_id": {
            "$ref": "#/components/schemas/Id"
          },
          "user_id": {
            "$ref": "#/components/schemas/Id"
          },
          "generated_at": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "entries": {
            "type": "array",
            "description": "The exported entries, oldest first.",
            "items": {
              "type": "object",
              "description": "One exported entry.",
              "additionalProperties": false,
              "required": [
                "session_id",
                "session_type",
                "date",
                "duration_minutes",
                "summary",
                "highlights"
              ],
              "properties": {
                "session_id": {
                  "$ref": "#/components/schemas/Id"
                },
                "session_type": {
                  "$ref": "#/components/schemas/SessionType"
                },
                "date": {
                  "$ref": "#/components/schemas/Timestamp"
                },
                "duration_minutes": {
                  "type": "integer",
                  "minimum": 0,
                  "description": "Whole minutes."
                },
                "summary": {
                  "$ref": "#/components/schemas/Summary"
                },
                "highlights": {
                  "type": "array",
                  "description": "Highlights (empty unless `include_highlights`).",
                  "items": {
                    "$ref": "#/components/schemas/Highlight"
                  }
                },
                "transcript": {
                  "type": "array",
                  "description": "Every message (only with `include_transcript`).",
                  "items": {
                    "$ref": "#/components/schemas/Message"
                  }
                }
              }
            }
          }
        }
      },
      "MoodRequest": {
        "type": "object",
        "description": "A mood score.",
        "additionalProperties": false,
        "required": [
          "mood_score"
        ],
        "properties": {
          "mood_score": {
            "$ref": "#/components/schemas/MoodScore"
          },
          "timestamp": {
            "type": "string",
            "format": "date-time",
            "description": "When the mood was felt (default now)."
          },
          "notes": {
            "type": "string",
            "maxLength": 1000,
            "description": "Free-text notes."
          }
        }
      },
      "MoodEntry": {
        "type": "object",
        "description": "A recorded mood.",
        "additionalProperties": false,
        "required": [
          "mood_id",
          "mood_score",
          "timestamp",
          "created_at"
        ],
        "properties": {
          "mood_id": {
            "$ref": "#/components/schemas/Id"
          },
          "mood_score": {
            "$ref": "#/components/schemas/MoodScore"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "NullableNumber": {
        "description": "A number, or `null` without data.",
        "oneOf": [
          {
            "type": "number"
          },
          {
            "type": "null"
          }
        ]
      },
      "MoodHistory": {
        "type": "object",
        "description": "Mood buckets and statistics.",
        "additionalProperties": false,
        "required": [
          "mood_scores",
          "statistics"
        ],
        "properties": {
          "mood_scores": {
            "type": "array",
            "description": "Buckets, newest first.",
            "items": {
              "type": "object",
              "description": "One bucket.",
              "additionalProperties": false,
              "required": [
                "date",
                "score",
                "count"
              ],
              "properties": {
                "date": {
                  "type": "string",
                  "format": "date",
                  "description": "The day, the week's Monday or the month's first day."
                },
                "score": {
                  "type": "number",
                  "description": "Mean score of the bucket (two decimals)."
                },
                "count": {
                  "type": "integer",
                  "minimum": 1,
                  "description": "Entries in the bucket."
                }
              }
            }
          },
          "statistics": {
            "type": "object",
            "description": "Over the entries in range.",
            "additionalProperties": false,
            "required": [
              "average",
              "min",
              "max",
              "trend"
            ],
            "properties": {
              "average": {
                "$ref": "#/components/schemas/NullableNumber"
              },
              "min": {
                "$ref": "#/components/schemas/NullableNumber"
              },
              "max": {
                "$ref": "#/components/schemas/NullableNumber"
              },
              "trend": {
                "$ref": "#/components/schemas/Trend"
              }
            }
          }
        }
      },
      "InsightsAnalytics": {
        "type": "object",
        "description": "Insight counts, tags and session types.",
        "additionalProperties": false,
        "required": [
          "insight_frequency",
          "tag_distribution",
          "session_types"
        ],
        "properties": {
          "insight_frequency": {
            "type": "object",
            "description": "How many insights, and when.",
            "additionalProperties": false,
            "required": [
              "total",
              "by_week"
            ],
            "properties": {
              "total": {
                "type": "integer",
                "minimum": 0,
                "description": "Insights in all."
              },
              "by_week": {
                "type": "array",
                "description": "Per ISO week (its Monday), oldest first.",
                "items": {
                  "type": "object",
                  "description": "One week.",
                  "additionalProperties": false,
                  "required": [
                    "week",
                    "count"
                  ],
                  "properties": {
                    "week": {
                      "type": "string",
                      "format": "date",
                      "description": "The week's Monday."
                    },
                    "count": {
                      "type": "integer",
                      "minimum": 1,
                      "description": "Insights that week."
                    }
                  }
                }
              }
            }
          },
          "tag_distribution": {
            "type": "array",
            "description": "Completed sessions per tag, most frequent first.",
            "items": {
              "type": "object",
              "description": "One tag.",
              "additionalProperties": false,
              "required": [
                "tag",
                "count"
              ],
              "properties": {
                "tag": {
                  "$ref": "#/components/schemas/Tag"
                },
                "count": {
                  "type": "integer",
                  "minimum": 1,
                  "description": "Sessions with the tag."
                }
              }
            }
          },
          "session_types": {
            "type": "object",
            "description": "Sessions per type.",
            "additionalProperties": false,
            "required": [
              "check-in",
              "gentle_deep",
              "micro_practice"
            ],
            "properties": {
              "check-in": {
                "type": "integer",
                "minimum": 0,
                "description": "Check-in sessions."
              },
              "gentle_deep": {
                "type": "integer",
                "minimum": 0,
                "description": "Gentle deep sessions."
              },
              "micro_practice": {
                "type": "integer",
                "minimum": 0,
                "description": "Micro-practice sessions."
              }
            }
          }
        }
      },
      "ProgressSummary": {
        "type": "object",
        "description": "Totals across the user's sessions.",
        "additionalProperties": false,
        "required": [
          "user_id",
          "period",
          "summary",
          "trends"
        ],
        "properties": {
          "user_id": {
            "$ref": "#/components/schemas/Id"
          },
          "period": {
            "type": "object",
            "description": "From registration to now.",
            "additionalProperties": false,
            "required": [
              "start",
              "end"
            ],
            "properties": {
              "start": {
                "$ref": "#/components/schemas/Timestamp"
              },
              "end": {
                "$ref": "#/components/schemas/Timestamp"
              }
            }
          },
          "summary": {
            "type": "object",
            "description": "The totals.",
            "additionalProperties": false,
            "required": [
              "total_sessions",
              "total_duration_minutes",
              "average_mood",
              "mood_trend",
              "insights_count",
              "experiments_completed"
            ],
            "properties": {
              "total_sessions": {
                "type": "integer",
                "minimum": 0,
                "description": "Sessions in every state."
              },
              "total_duration_minutes": {
                "type": "integer",
                "minimum": 0,
                "description": "Minutes of completed sessions."
              },
              "average_mood": {
                "$ref": "#/components/schemas/NullableNumber"
              },
              "mood_trend": {
                "$ref": "#/components/schemas/Trend"
              },
              "insights_count": {
                "type": "integer",
                "minimum": 0,
                "description": "Insights of completed sessions."
              },
              "experiments_completed": {
                "type": "integer",
                "minimum": 0,
                "description": "Completed sessions that reached Experiment Design."
              }
            }
          },
          "trends": {
            "type": "object",
            "description": "Directions.",
            "additionalProperties": false,
            "required": [
              "mood",
              "session_frequency",
              "engagement"
            ],
            "properties": {
              "mood": {
                "$ref": "#/components/schemas/Trend"
              },
              "session_frequency": {
                "$ref": "#/components/schemas/ActivityTrend"
              },
              "engagement": {
                "$ref": "#/components/schemas/ActivityTrend"
              }
            }
          }
        }
      },
      "CheckInRequest": {
        "type": "object",
        "description": "A safety check-in.",
        "additionalProperties": false,
        "required": [
          "safety_status"
        ],
        "properties": {
          "session_id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "description": "The session it follows up (optional)."
          },
          "safety_status": {
            "type": "string",
            "enum": [
              "safe",
              "unsure",
              "needs_support"
            ],
            "description": "How the user is."
          },
          "message": {
            "type": "string",
            "maxLength": 2000,
            "description": "Free text."
          }
        }
      },
      "CheckInResponse": {
        "type": "object",
        "description": "The recorded check-in.",
        "additionalProperties": false,
        "required": [
          "check_in_id",
          "safety_status",
          "timestamp",
          "next_check_in"
        ],
        "properties": {
          "check_in_id": {
            "$ref": "#/components/schemas/Id"
          },
          "safety_status": {
            "type": "string",
            "enum": [
              "safe",
              "unsure",
              "needs_support"
            ],
            "description": "As submitted."
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "next_check_in": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "SafetyResource": {
        "type": "object",
        "description": "One crisis resource.",
        "additionalProperties": false,
        "required": [
          "type",
          "name",
          "available_24_7"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "crisis_hotline",
              "crisis_text",
              "support_line",
              "emergency",
              "local_center",
              "directory"
            ],
            "description": "What kind of resource it is."
          },
          "name": {
            "type": "string",
            "description": "The service's name."
          },
          "phone": {
            "type": "string",
            "description": "Number to call."
          },
          "text": {
            "type": "string",
            "description": "How to text it."
          },
          "url": {
            "type": "string",
            "format": "uri",
            "description": "Its website."
          },
          "address": {
            "type": "string",
            "description": "Its address."
          },
          "available_24_7": {
            "type": "boolean",
            "description": "Whether it answers around the clock."
          }
        }
      },
      "SafetyResources": {
        "type": "object",
        "description": "Resources for a location.",
        "additionalProperties": false,
        "required": [
          "resources",
          "location"
        ],
        "properties": {
          "resources": {
            "type": "array",
            "description": "The resources, most urgent first.",
            "items": {
              "$ref": "#/components/schemas/SafetyResource"
            }
          },
          "location": {
            "type": "object",
            "description": "Where they apply.",
            "additionalProperties": false,
            "required": [
              "country",
              "region"
            ],
            "properties": {
              "country": {
                "type": "string",
                "description": "ISO 3166-1 alpha-2, upper-case."
              },
              "region": {
                "description": "The region asked for, or `null`.",
                "oneOf": [
                  {
                    "type": "string"
                  },
                  {
                    "type": "null"
                  }
                ]
              }
            }
          }
        }
      },
      "ReferralRequest": {
        "type": "object",
        "description": "An opt-in referral request.",
        "additionalProperties": false,
        "required": [
          "consent_for_contact"
        ],
        "properties": {
          "preferences": {
            "type": "object",
            "description": "What the user looks for.",
            "additionalProperties": false,
            "properties": {
              "location": {
                "type": "string",
                "maxLength": 200,
                "description": "Where."
              },
              "insurance": {
                "type": "string",
                "maxLength": 200,
                "description": "Insurance provider."
              },
              "specialties": {
                "type": "array",
                "maxItems": 20,
                "description": "Wanted specialties.",
                "items": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 100
                }
              },
              "availability": {
                "type": "string",
                "maxLength": 200,
                "description": "When the user is available."
              }
            }
          },
          "consent_for_contact": {
            "type": "boolean",
            "enum": [
              true
            ],
            "description": "Must be `true` (a referral is opt-in)."
          }
        }
      },
      "ReferralResponse": {
        "type": "object",
        "description": "The user's referral.",
        "additionalProperties": false,
        "required": [
          "referral_id",
          "status",
          "estimated_response"
        ],
        "properties": {
          "referral_id": {
            "$ref": "#/components/schemas/Id"
          },
          "status": {
            "type": "string",
            "enum": [
              "processing",
              "matched"
            ],
            "description": "`processing`, then `matched`."
          },
          "estimated_response": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      }
    }
  }
};
