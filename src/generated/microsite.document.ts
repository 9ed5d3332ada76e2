// Generated from openapi/microsite.yaml by `npm run types`. Do not edit; CI fails when it drifts.
import type { OpenApiDocument } from '../core/document.ts';

export const document: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Microsite API",
    "version": "1.0.0",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "contact": {
      "name": "contract-stubs maintainers"
    },
    "description": "Contract for the `microsite` mock served by contract-stubs. It is hand-authored from the\nproduct's prose API description (\"the prose\" below; not shipped with contract-stubs, and\neverything needed from it is written here) and is the single source of truth for the\nstub: request validation, the generated TypeScript types and the stateful handlers all\nfollow this document. Where the prose is silent or contradicts itself, the decision taken\nis written down in the description of the operation it concerns.\n\nGlobal decisions:\n\n- **Tokens.** `accessToken` and `refreshToken` are HS256 JWTs signed by the stub. Each\n  carries a `sessionId` claim and a `kind` claim (`access` or `refresh`); both kinds expire\n  after 31536000 s (one year). A refresh token is refused (`401`) wherever an access token\n  is required, and an access token is refused (`401`) wherever a refresh token is required.\n- **Errors.** Every error, including request-validation errors, uses the envelope\n  `{\"error\":{\"code\":<HTTP status>,\"message\":\"...\"}}`; `code` equals the HTTP status. The\n  message names the offending field, e.g.\n  `body.input: must NOT have fewer than 1 characters`, `body.input: is required`,\n  `body.foo: is not allowed` (schemas are closed).\n- **Bodies.** Operations with a request body take `application/json` only (`415`\n  otherwise), at most 1 MiB (`413`), and malformed JSON gets `400` at once. A POST\n  without any body (and without `Content-Type`) is a missing body: `400`. Operations\n  without a request body ignore whatever body is sent. Query parameters no operation\n  declares are ignored (so cache busters such as `?_=123` never break a call).\n- **Prefer.** `Prefer: code=<status>, example=<name>, dynamic=true, seed=<n>` (or the\n  `__code`/`__example`/`__dynamic`/`__seed` query parameters when no `Prefer` header is\n  sent) forces a documented answer without running authentication, validation or state;\n  asking for a status or example this document does not declare gets `400` with the\n  header `Contract-Stubs-Control: prefer-refused` (a control error, outside the contract).\n- **404 on session-bound operations.** `404` on an operation that needs a session means the\n  token is valid but the session it names no longer exists in the stub (after\n  `POST /__stubs/reset` or eviction). It is therefore listed on every session-bound\n  operation (goal, clarify, personalised, progress, mission/complete, unlock-status,\n  session, chat and `DELETE /api/auth/session`), even where the prose did not list it.\n- **500s.** The `500` responses documented by the prose are kept in the contract, but the\n  stub only produces them on request (`Prefer: code=500`).\n- **Mission catalogue and unlock rule.** Submitting a goal fixes a catalogue of five\n  missions worth 80 points in all, titled for the current goal's domain (see\n  `POST /api/goal`); `callUnlocked` is true once `pointsTotal >= 60`.\n- **Storage limits.** The stub keeps what it is sent within fixed limits, oldest first, so\n  no client can exhaust its memory: a session keeps its last 200 chat turns and its last\n  20 clarifications, and at most 512 KiB of data (counted as 2 bytes a character); past\n  that its oldest chat turns go first (see `POST /api/chat`). The stub keeps at most 1,000\n  sessions and 32 MiB in all; past either, the sessions used least recently go (`404`\n  afterwards, as after a reset).\n"
  },
  "servers": [
    {
      "url": "http://127.0.0.1:4010/microsite",
      "description": "All APIs in one server (`npx contract-stubs start`); this API is mounted under `/microsite`."
    },
    {
      "url": "http://127.0.0.1:4010",
      "description": "This API alone (`npx contract-stubs start --api microsite`), served at the root."
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
      "description": "Anonymous sessions, token refresh (with rotation) and revocation."
    },
    {
      "name": "goal",
      "description": "Goal submission, clarification and the personalised content derived from it."
    },
    {
      "name": "missions",
      "description": "Mission progress, completion and the call-unlock gate."
    },
    {
      "name": "session",
      "description": "Full session state for hydrating the frontend."
    },
    {
      "name": "chat",
      "description": "Contextual conversation with the assistant."
    }
  ],
  "paths": {
    "/api/auth/session": {
      "post": {
        "operationId": "createSession",
        "summary": "Create an anonymous session",
        "tags": [
          "auth"
        ],
        "security": [],
        "description": "Issues a new anonymous session and returns an access token and a refresh token for it.\nNo request headers and no request body.\n\nBoth tokens are HS256 JWTs signed by the stub with a `sessionId` claim and a `kind`\nclaim (`access` or `refresh`); both expire after 31536000 s, so `expiresIn` and\n`refreshExpiresIn` are always `31536000`.\n\n`500` (JWT generation failed) is only produced on request (`Prefer: code=500`).\n\n**Session creation limit.** At most 100 sessions a minute may be created from one client\naddress (fixed one-minute windows), so that one client cannot evict every other user's\nsession from the stub's capped store: the 101st gets `429` with `Retry-After` (seconds);\nanswers under the limit carry no rate-limit header. Every call creates a session.\n`POST /__stubs/reset` clears the count and `--no-rate-limits` turns it off. Through MSW\nevery request comes from one address.\n",
        "responses": {
          "200": {
            "description": "A new session and its token pair.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TokenPair"
                },
                "examples": {
                  "newSession": {
                    "summary": "A new anonymous session",
                    "value": {
                      "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzZXNzaW9uSWQiOiJhYmMxMjMiLCJraW5kIjoiYWNjZXNzIiwianRpIjoiYTEiLCJpYXQiOjE3NTQzODgwMDAsImV4cCI6MTc4NTkyNDAwMH0.GcssALYaKrBNHdHoxJinRgqxEdY8o93jty3ND4tQ25I",
                      "expiresIn": 31536000,
                      "refreshToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzZXNzaW9uSWQiOiJhYmMxMjMiLCJraW5kIjoicmVmcmVzaCIsImp0aSI6InIxIiwiaWF0IjoxNzU0Mzg4MDAwLCJleHAiOjE3ODU5MjQwMDB9.OM8z-W2wiaCTPahuG1L_O2dGEj_A8xTeRoji8YA-Fb8",
                      "refreshExpiresIn": 31536000
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManySessions"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      },
      "delete": {
        "operationId": "revokeSession",
        "summary": "Revoke the session",
        "tags": [
          "auth"
        ],
        "description": "Revokes (blacklists) the session's refresh token, ending the session.\n\nNeeds the access token in `Authorization: Bearer <accessToken>` **and** the session's\ncurrent refresh token in the body. The refresh token must belong to the same session as\nthe access token, otherwise `401`. After revocation every token of that session (access\nand refresh) gets `401`.\n\nErrors: `400` missing or malformed `refreshToken`; `401` invalid access token, invalid\nrefresh token, a refresh token of another session or a token of the wrong `kind`;\n`404` the access token is valid but its session no longer exists in the stub (after\n`POST /__stubs/reset` or eviction); `500` (revocation failed) only on request\n(`Prefer: code=500`).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RefreshRequest"
              },
              "examples": {
                "revoke": {
                  "summary": "Revoke with the session's current refresh token",
                  "value": {
                    "refreshToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzZXNzaW9uSWQiOiJhYmMxMjMiLCJraW5kIjoicmVmcmVzaCIsImp0aSI6InIxIiwiaWF0IjoxNzU0Mzg4MDAwLCJleHAiOjE3ODU5MjQwMDB9.OM8z-W2wiaCTPahuG1L_O2dGEj_A8xTeRoji8YA-Fb8"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The session is revoked; none of its tokens work any more.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RevokeResponse"
                },
                "examples": {
                  "revoked": {
                    "summary": "Session revoked",
                    "value": {
                      "revoked": true
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
    "/api/auth/refresh": {
      "post": {
        "operationId": "refreshToken",
        "summary": "Refresh (rotate) the token pair",
        "tags": [
          "auth"
        ],
        "security": [],
        "description": "Exchanges a valid refresh token for a new token pair. No `Authorization` header.\n\nRotation: every refresh returns a **new** refresh token as well as a new access token\n(always, not optionally), and the refresh token that was used stops working at once;\npresenting it again gets `401`. The refresh token of a revoked session gets `401`.\n\nErrors: `400` missing or malformed body; `401` invalid, expired, already used (rotated)\nor revoked refresh token, or an access token sent as the refresh token; `500` (JWT\nrotation failed) only on request (`Prefer: code=500`).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RefreshRequest"
              },
              "examples": {
                "refresh": {
                  "summary": "Refresh with the current refresh token",
                  "value": {
                    "refreshToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzZXNzaW9uSWQiOiJhYmMxMjMiLCJraW5kIjoicmVmcmVzaCIsImp0aSI6InIxIiwiaWF0IjoxNzU0Mzg4MDAwLCJleHAiOjE3ODU5MjQwMDB9.OM8z-W2wiaCTPahuG1L_O2dGEj_A8xTeRoji8YA-Fb8"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A new token pair; the refresh token used is no longer valid.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TokenPair"
                },
                "examples": {
                  "rotated": {
                    "summary": "New access and refresh tokens",
                    "value": {
                      "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzZXNzaW9uSWQiOiJhYmMxMjMiLCJraW5kIjoiYWNjZXNzIiwianRpIjoiYTIiLCJpYXQiOjE3NTQ0NzQ0MDAsImV4cCI6MTc4NjAxMDQwMH0.oar_tp_Pymn0nohQ8kvsY11gHpAYUqdAXvYDPkacDAI",
                      "expiresIn": 31536000,
                      "refreshToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzZXNzaW9uSWQiOiJhYmMxMjMiLCJraW5kIjoicmVmcmVzaCIsImp0aSI6InIyIiwiaWF0IjoxNzU0NDc0NDAwLCJleHAiOjE3ODYwMTA0MDB9.rQPCGXHMG7TC0_669mzyQ90q5EiMrAj5n-uDq9I2mzo",
                      "refreshExpiresIn": 31536000
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
    "/api/goal": {
      "post": {
        "operationId": "submitGoal",
        "summary": "Submit a goal",
        "tags": [
          "goal"
        ],
        "description": "Parses the user's raw input into a structured goal and returns the initial\npersonalisation payload.\n\n`goal` is free-form but always contains `raw` (the input verbatim), `summary`, `domain`\n(e.g. `restaurants`), `objective` (e.g. `build an AI agent`), `keywords` and\n`clarifications` (the answers given to `POST /api/clarify`, oldest first; empty after a\nnew goal).\n\nMission catalogue: the first goal submitted fixes the session's catalogue of five\nmissions, in this order: `defineMetrics` (15 points), `sketchFlow` (15), `runDemo` (20),\n`reviewCaseStudy` (15) and `planPilot` (15), 80 points in all. Ids, order and points\nnever change for the session; titles name the current goal's domain\n(`Define Success Metrics for Restaurants`). Submitting a new goal replaces `goal`,\n`headline` and `recommendedCaseStudies`, retitles the missions for the new domain\n(`Define Success Metrics for Healthcare` after a goal about clinics) and keeps their\nprogress: completed missions stay completed and their points stay earned (`missions` is\nreturned in catalogue order).\n\nErrors: `400` missing or empty `input` (it must contain a non-space character, at most\n2000 characters); `401` invalid or expired access token; `404` the session no longer\nexists in the stub; `500` (LLM parse error) only on request (`Prefer: code=500`).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GoalRequest"
              },
              "examples": {
                "restaurantAgent": {
                  "summary": "A goal in the user's own words",
                  "value": {
                    "input": "I want to build an AI agent for restaurants"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The structured goal and the initial personalisation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GoalResponse"
                },
                "examples": {
                  "restaurantAgent": {
                    "summary": "Personalisation for an AI agent for restaurants",
                    "description": "The prose example with its elided parts filled in: the full five-mission catalogue (titles mention the domain) and the structured goal.",
                    "value": {
                      "sessionId": "abc123",
                      "goal": {
                        "raw": "I want to build an AI agent for restaurants",
                        "summary": "Build an AI agent for restaurants",
                        "domain": "restaurants",
                        "objective": "build an AI agent",
                        "keywords": [
                          "AI agent",
                          "restaurants"
                        ],
                        "clarifications": []
                      },
                      "missions": [
                        {
                          "id": "defineMetrics",
                          "title": "Define Success Metrics for Restaurants",
                          "points": 15
                        },
                        {
                          "id": "sketchFlow",
                          "title": "Sketch Agent Flow for Restaurants",
                          "points": 15
                        },
                        {
                          "id": "runDemo",
                          "title": "Run the AI Demo for Restaurants",
                          "points": 20
                        },
                        {
                          "id": "reviewCaseStudy",
                          "title": "Review a Case Study for Restaurants",
                          "points": 15
                        },
                        {
                          "id": "planPilot",
                          "title": "Plan a Restaurants Pilot",
                          "points": 15
                        }
                      ],
                      "headline": "AI Agent for Restaurants: Increase Table Turnover with Contextual Suggestions",
                      "recommendedCaseStudies": [
                        {
                          "id": "cs1",
                          "title": "Booking Optimizer",
                          "summary": "Reduced latency by 80%"
                        },
                        {
                          "id": "cs2",
                          "title": "Menu Recommender",
                          "summary": "How we boosted upsell by 22%"
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
    "/api/clarify": {
      "post": {
        "operationId": "clarifyGoal",
        "summary": "Clarify the goal",
        "tags": [
          "goal"
        ],
        "description": "Accepts one follow-up answer that refines the goal and returns the updated\npersonalisation (without `sessionId`).\n\nThe clarification is appended to `goal.clarifications` (which keeps the last 20, the\noldest dropped) and refines `goal.summary`, `goal.keywords`, `headline` and\n`recommendedCaseStudies`; `goal.domain` changes only when the goal named no known\nsector and the clarification does (`for dentists`, then `Our clinics are busy`:\n`healthcare`). Mission ids, points and progress are unchanged (`missions` is the same\ncatalogue, in the same order); titles name the goal's domain, as after `POST /api/goal`.\n\nErrors: `400` missing or empty `clarification` (it must contain a non-space character,\nat most 2000 characters); `401` invalid token; `404` the session has no goal yet\n(nothing to clarify) or the session no longer exists in the stub; `500` (clarification\nparse failure) only on request (`Prefer: code=500`).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ClarifyRequest"
              },
              "examples": {
                "customerSatisfaction": {
                  "summary": "A follow-up answer",
                  "value": {
                    "clarification": "Increase customer satisfaction"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The refined personalisation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Personalisation"
                },
                "examples": {
                  "customerSatisfaction": {
                    "summary": "Personalisation refined by a clarification",
                    "value": {
                      "goal": {
                        "raw": "I want to build an AI agent for restaurants",
                        "summary": "Build an AI agent for restaurants that increases customer satisfaction",
                        "domain": "restaurants",
                        "objective": "build an AI agent",
                        "keywords": [
                          "AI agent",
                          "restaurants",
                          "customer satisfaction"
                        ],
                        "clarifications": [
                          "Increase customer satisfaction"
                        ]
                      },
                      "missions": [
                        {
                          "id": "defineMetrics",
                          "title": "Define Success Metrics for Restaurants",
                          "points": 15
                        },
                        {
                          "id": "sketchFlow",
                          "title": "Sketch Agent Flow for Restaurants",
                          "points": 15
                        },
                        {
                          "id": "runDemo",
                          "title": "Run the AI Demo for Restaurants",
                          "points": 20
                        },
                        {
                          "id": "reviewCaseStudy",
                          "title": "Review a Case Study for Restaurants",
                          "points": 15
                        },
                        {
                          "id": "planPilot",
                          "title": "Plan a Restaurants Pilot",
                          "points": 15
                        }
                      ],
                      "headline": "AI Agent for Restaurants: Raise Customer Satisfaction with Contextual Suggestions",
                      "recommendedCaseStudies": [
                        {
                          "id": "cs2",
                          "title": "Menu Recommender",
                          "summary": "How we boosted upsell by 22%"
                        },
                        {
                          "id": "cs1",
                          "title": "Booking Optimizer",
                          "summary": "Reduced latency by 80%"
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
    "/api/personalised": {
      "get": {
        "operationId": "getPersonalised",
        "summary": "Fetch the personalised content",
        "tags": [
          "goal"
        ],
        "description": "Returns all personalised content (headline, goal, missions, recommended case studies) in\none payload. `missions` is the session's catalogue in catalogue order.\n\nErrors: `401` invalid token; `404` the session no longer exists in the stub or no goal\nhas been submitted yet; `500` (personalisation engine error) only on request\n(`Prefer: code=500`).\n",
        "responses": {
          "200": {
            "description": "The session's personalised content.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Personalisation"
                },
                "examples": {
                  "restaurantAgent": {
                    "summary": "Personalised content for an AI agent for restaurants",
                    "value": {
                      "headline": "AI Agent for Restaurants: Increase Table Turnover with Contextual Suggestions",
                      "goal": {
                        "raw": "I want to build an AI agent for restaurants",
                        "summary": "Build an AI agent for restaurants",
                        "domain": "restaurants",
                        "objective": "build an AI agent",
                        "keywords": [
                          "AI agent",
                          "restaurants"
                        ],
                        "clarifications": []
                      },
                      "missions": [
                        {
                          "id": "defineMetrics",
                          "title": "Define Success Metrics for Restaurants",
                          "points": 15
                        },
                        {
                          "id": "sketchFlow",
                          "title": "Sketch Agent Flow for Restaurants",
                          "points": 15
                        },
                        {
                          "id": "runDemo",
                          "title": "Run the AI Demo for Restaurants",
                          "points": 20
                        },
                        {
                          "id": "reviewCaseStudy",
                          "title": "Review a Case Study for Restaurants",
                          "points": 15
                        },
                        {
                          "id": "planPilot",
                          "title": "Plan a Restaurants Pilot",
                          "points": 15
                        }
                      ],
                      "recommendedCaseStudies": [
                        {
                          "id": "cs1",
                          "title": "Booking Optimizer",
                          "summary": "Reduced latency by 80%"
                        },
                        {
                          "id": "cs2",
                          "title": "Menu Recommender",
                          "summary": "How we boosted upsell by 22%"
                        }
                      ]
                    }
                  }
                }
              }
            }
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
    "/api/progress": {
      "get": {
        "operationId": "getProgress",
        "summary": "Get mission progress",
        "tags": [
          "missions"
        ],
        "description": "Returns the current mission statuses (catalogue order), total points and the unlock\nflag.\n\nBefore any goal has been submitted the session has no catalogue: `200` with\n`missions: []`, `pointsTotal: 0` and `callUnlocked: false`.\n\nUnlock rule: `callUnlocked` is true once `pointsTotal >= 60`.\n\nErrors: `401` invalid token; `404` the session no longer exists in the stub; `500`\n(scoring engine error) only on request (`Prefer: code=500`).\n",
        "responses": {
          "200": {
            "description": "Mission statuses, points and unlock flag.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Progress"
                },
                "examples": {
                  "inProgress": {
                    "summary": "Three missions completed, call still locked",
                    "value": {
                      "pointsTotal": 45,
                      "missions": [
                        {
                          "id": "defineMetrics",
                          "status": "completed",
                          "points": 15
                        },
                        {
                          "id": "sketchFlow",
                          "status": "pending",
                          "points": 15
                        },
                        {
                          "id": "runDemo",
                          "status": "pending",
                          "points": 20
                        },
                        {
                          "id": "reviewCaseStudy",
                          "status": "completed",
                          "points": 15
                        },
                        {
                          "id": "planPilot",
                          "status": "completed",
                          "points": 15
                        }
                      ],
                      "callUnlocked": false
                    }
                  },
                  "noGoalYet": {
                    "summary": "Before any goal has been submitted",
                    "value": {
                      "pointsTotal": 0,
                      "missions": [],
                      "callUnlocked": false
                    }
                  }
                }
              }
            }
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
    "/api/mission/complete": {
      "post": {
        "operationId": "completeMission",
        "summary": "Complete a mission",
        "tags": [
          "missions"
        ],
        "description": "Marks a mission complete, records its artifact, awards its points and returns the\nupdated progress.\n\nPoints are awarded exactly once per mission. `nextMission` is the first still-pending\nmission in catalogue order; it is omitted when every mission is completed.\n\nUnlock rule: `callUnlocked` is true once `pointsTotal >= 60`. The prose example\n(`pointsTotal: 60`, `callUnlocked: false`) contradicts the prose's session-hydration\nexample (`pointsTotal: 60`, `callUnlocked: true`); we picked 60 as the threshold, and\nthe example in this document was corrected to `callUnlocked: true`.\n\nErrors: `400` missing `missionId` or invalid `artifact` (`artifact.answer` is required,\n1 to 5000 characters); `401` invalid token; `403` the mission is already completed;\n`404` the mission is not in the session's catalogue, no goal has been submitted yet (so\nthere is no catalogue), or the session no longer exists in the stub; `500` (scoring\nupdate failure) only on request (`Prefer: code=500`). The prose lists \"invalid mission\"\nunder both `403` and `404`; we answer `404` for a mission that is not in the catalogue\nand `403` only for \"already completed\".\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CompleteMissionRequest"
              },
              "examples": {
                "sketchFlow": {
                  "summary": "Complete the sketchFlow mission",
                  "value": {
                    "missionId": "sketchFlow",
                    "artifact": {
                      "answer": "Flow: Input→Process→Output"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Points awarded and the updated progress.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CompleteMissionResponse"
                },
                "examples": {
                  "sketchFlow": {
                    "summary": "Completing sketchFlow reaches 60 points and unlocks the call",
                    "description": "The prose example, corrected: 60 points reach the unlock threshold, so `callUnlocked` is true (the prose said false).",
                    "value": {
                      "pointsAwarded": 15,
                      "pointsTotal": 60,
                      "callUnlocked": true,
                      "nextMission": {
                        "id": "runDemo",
                        "title": "Run the AI Demo for Restaurants"
                      }
                    }
                  },
                  "allCompleted": {
                    "summary": "The last pending mission completed; no nextMission",
                    "value": {
                      "pointsAwarded": 15,
                      "pointsTotal": 80,
                      "callUnlocked": true
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
    "/api/unlock-status": {
      "get": {
        "operationId": "getUnlockStatus",
        "summary": "Check whether the call is unlocked",
        "tags": [
          "missions"
        ],
        "description": "Quick check whether the free-call gate is unlocked.\n\nUnlock rule: `callUnlocked` is true once `pointsTotal >= 60` (always false before a\ngoal has been submitted).\n\nErrors: `401` invalid token; `404` the session no longer exists in the stub.\n",
        "responses": {
          "200": {
            "description": "The unlock flag.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UnlockStatus"
                },
                "examples": {
                  "unlocked": {
                    "summary": "The call is unlocked",
                    "value": {
                      "callUnlocked": true
                    }
                  },
                  "locked": {
                    "summary": "Not enough points yet",
                    "value": {
                      "callUnlocked": false
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/session": {
      "get": {
        "operationId": "getSession",
        "summary": "Get the full session state",
        "tags": [
          "session"
        ],
        "description": "Returns the entire session state to hydrate the frontend: `sessionId`, the goal,\nmission statuses (catalogue order), total points and the unlock flag.\n\nA fresh session (no goal submitted yet) hydrates with `200`: `goal` omitted,\n`missions: []`, `pointsTotal: 0`, `callUnlocked: false`.\n\nUnlock rule: `callUnlocked` is true once `pointsTotal >= 60`.\n\nErrors: `401` invalid token; `404` the session no longer exists in the stub; `500`\n(session retrieval error) only on request (`Prefer: code=500`).\n",
        "responses": {
          "200": {
            "description": "The full session state.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SessionState"
                },
                "examples": {
                  "unlocked": {
                    "summary": "A session with 60 points; the call is unlocked",
                    "description": "The prose example with `sessionId` added and the elided goal and missions filled in.",
                    "value": {
                      "sessionId": "abc123",
                      "goal": {
                        "raw": "I want to build an AI agent for restaurants",
                        "summary": "Build an AI agent for restaurants",
                        "domain": "restaurants",
                        "objective": "build an AI agent",
                        "keywords": [
                          "AI agent",
                          "restaurants"
                        ],
                        "clarifications": []
                      },
                      "missions": [
                        {
                          "id": "defineMetrics",
                          "status": "completed",
                          "points": 15
                        },
                        {
                          "id": "sketchFlow",
                          "status": "completed",
                          "points": 15
                        },
                        {
                          "id": "runDemo",
                          "status": "pending",
                          "points": 20
                        },
                        {
                          "id": "reviewCaseStudy",
                          "status": "completed",
                          "points": 15
                        },
                        {
                          "id": "planPilot",
                          "status": "completed",
                          "points": 15
                        }
                      ],
                      "pointsTotal": 60,
                      "callUnlocked": true
                    }
                  },
                  "freshSession": {
                    "summary": "A fresh session before any goal",
                    "value": {
                      "sessionId": "abc123",
                      "missions": [],
                      "pointsTotal": 0,
                      "callUnlocked": false
                    }
                  }
                }
              }
            }
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
    "/api/chat": {
      "post": {
        "operationId": "chat",
        "summary": "Chat with the assistant",
        "tags": [
          "chat"
        ],
        "description": "Continues the contextual conversation. Returns the assistant's reply and the full chat\nhistory, plus progress, follow-up missions, reading suggestions and a navigation\ninstruction once a goal exists.\n\n`history` is the session's whole conversation, oldest first; each call appends exactly\ntwo turns (the user's `message`, then the assistant's `reply`). The stub keeps the last\n200 turns per session, and fewer when the session is over its 512 KiB (long messages:\nabout 60 turns of 4000 characters): the oldest turns go first.\n\nThe reply is grounded in the session's goal, its pending missions and the request's\n`context`. Before a goal has been submitted the reply asks for a goal, `navigate`\npoints to page `micro-landing`, section `hero`, and the other optional fields are\nomitted. Once a goal exists, a message is about the project when it mentions missions,\nprogress, points, the call, case studies, the AI idea or the goal's own words\n(`Which mission should I tackle next?`, `Done with metrics.`); greetings and thanks\ncount too and are answered in kind (`Hello!`, `You are welcome.`). Any other message\n(`What's the weather like in Paris?`, `Tell me a joke`) is off-topic: the reply says so\nand steers back to the next pending mission (or to booking the call once every mission\nis completed), with `updatedProgress` and `followUpMissions` but no `suggestedRead` and\nno `navigate` (the user did not ask to go anywhere). For a project message,\n`updatedProgress`, `followUpMissions` (pending missions in catalogue order, at most 2),\n`suggestedRead` and `navigate` are present; `navigate`\npoints to page `mission-dashboard`, section `mission-<n>` where `<n>` is the 1-based\ncatalogue position of the next pending mission, with metadata `{missionId}` (when every\nmission is completed, `followUpMissions` is empty and `navigate` points to\n`mission-dashboard`/`progress-widget`, without metadata).\n\nErrors: `400` missing or malformed `message`/`context` fields (`message` must contain a\nnon-space character, at most 4000 characters; `context.page` and `context.section` are\nrequired); `401` missing, invalid or expired access token; `404` the session no longer\nexists in the stub; `500` (assistant or backend failure) only on request\n(`Prefer: code=500`).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ChatRequest"
              },
              "examples": {
                "whichMissionNext": {
                  "summary": "Asking for the next mission from the mission dashboard",
                  "value": {
                    "message": "Which mission should I tackle next?",
                    "context": {
                      "page": "mission-dashboard",
                      "section": "mission-1",
                      "metadata": {
                        "missionId": "defineMetrics"
                      }
                    }
                  }
                },
                "caseStudyQuestion": {
                  "summary": "A question asked from a case-study page",
                  "value": {
                    "message": "How does this apply to my restaurants?",
                    "context": {
                      "page": "case-study",
                      "section": "hero",
                      "metadata": {
                        "caseStudyId": "cs2"
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
            "description": "The reply, the whole history and optional UI updates.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChatResponse"
                },
                "examples": {
                  "whichMissionNext": {
                    "summary": "Reply with progress, follow-ups, reading and navigation",
                    "description": "The prose example, made consistent with the request example and the decisions above: the history ends with this call's two turns, the progress snapshot lists the whole catalogue, and follow-ups are the first two pending missions.",
                    "value": {
                      "reply": "Great—you've completed defining your metrics. Next, sketch the agent's decision flow.",
                      "history": [
                        {
                          "role": "user",
                          "message": "Done with metrics.",
                          "timestamp": "2025-08-05T10:00:10Z"
                        },
                        {
                          "role": "assistant",
                          "message": "Next, sketch the decision flow for your agent...",
                          "timestamp": "2025-08-05T10:00:12Z"
                        },
                        {
                          "role": "user",
                          "message": "Which mission should I tackle next?",
                          "timestamp": "2025-08-05T10:01:00Z"
                        },
                        {
                          "role": "assistant",
                          "message": "Great—you've completed defining your metrics. Next, sketch the agent's decision flow.",
                          "timestamp": "2025-08-05T10:01:02Z"
                        }
                      ],
                      "updatedProgress": {
                        "pointsTotal": 15,
                        "missions": [
                          {
                            "id": "defineMetrics",
                            "status": "completed",
                            "points": 15
                          },
                          {
                            "id": "sketchFlow",
                            "status": "pending",
                            "points": 15
                          },
                          {
                            "id": "runDemo",
                            "status": "pending",
                            "points": 20
                          },
                          {
                            "id": "reviewCaseStudy",
                            "status": "pending",
                            "points": 15
                          },
                          {
                            "id": "planPilot",
                            "status": "pending",
                            "points": 15
                          }
                        ],
                        "callUnlocked": false
                      },
                      "followUpMissions": [
                        {
                          "id": "sketchFlow",
                          "title": "Sketch Agent Flow for Restaurants",
                          "points": 15
                        },
                        {
                          "id": "runDemo",
                          "title": "Run the AI Demo for Restaurants",
                          "points": 20
                        }
                      ],
                      "suggestedRead": [
                        {
                          "id": "cs2",
                          "title": "Menu Recommender",
                          "summary": "How we boosted upsell by 22%"
                        }
                      ],
                      "navigate": {
                        "page": "mission-dashboard",
                        "section": "mission-2",
                        "metadata": {
                          "missionId": "sketchFlow"
                        }
                      }
                    }
                  },
                  "noGoalYet": {
                    "summary": "Before a goal is submitted the assistant asks for one",
                    "value": {
                      "reply": "Tell me what you want to build first, and I'll tailor missions and case studies to it.",
                      "history": [
                        {
                          "role": "user",
                          "message": "Which mission should I tackle next?",
                          "timestamp": "2025-08-05T10:00:10Z"
                        },
                        {
                          "role": "assistant",
                          "message": "Tell me what you want to build first, and I'll tailor missions and case studies to it.",
                          "timestamp": "2025-08-05T10:00:11Z"
                        }
                      ],
                      "navigate": {
                        "page": "micro-landing",
                        "section": "hero"
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
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "Access token from `POST /api/auth/session` or `POST /api/auth/refresh`: an HS256 JWT signed by the stub with a `sessionId` claim and `kind: access`, valid for 31536000 s. A refresh token is refused here (`401`)."
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
              "fieldTooShort": {
                "summary": "A required string is empty",
                "value": {
                  "error": {
                    "code": 400,
                    "message": "body.input: must NOT have fewer than 1 characters"
                  }
                }
              },
              "missingField": {
                "summary": "A required field is missing",
                "value": {
                  "error": {
                    "code": 400,
                    "message": "body.refreshToken: is required"
                  }
                }
              },
              "unknownField": {
                "summary": "A field that is not in the contract",
                "value": {
                  "error": {
                    "code": 400,
                    "message": "body.foo: is not allowed"
                  }
                }
              },
              "malformedJson": {
                "summary": "A body that is not valid JSON",
                "value": {
                  "error": {
                    "code": 400,
                    "message": "body: is not valid JSON"
                  }
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Missing, invalid, expired, revoked or already used token, or a token of the wrong kind (a refresh token where an access token is required, or the reverse).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "invalidToken": {
                "summary": "Missing or invalid access token",
                "value": {
                  "error": {
                    "code": 401,
                    "message": "header.authorization: Bearer <accessToken> is required"
                  }
                }
              },
              "wrongTokenKind": {
                "summary": "A refresh token sent where an access token is required",
                "value": {
                  "error": {
                    "code": 401,
                    "message": "header.authorization: a refresh token cannot be used as an access token"
                  }
                }
              },
              "refreshTokenReused": {
                "summary": "A refresh token that was already rotated",
                "value": {
                  "error": {
                    "code": 401,
                    "message": "body.refreshToken: token was already rotated and no longer works"
                  }
                }
              },
              "sessionRevoked": {
                "summary": "A token of a revoked session",
                "value": {
                  "error": {
                    "code": 401,
                    "message": "header.authorization: session has been revoked"
                  }
                }
              }
            }
          }
        }
      },
      "Forbidden": {
        "description": "The action is not allowed, e.g. the mission is already completed.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "missionAlreadyCompleted": {
                "summary": "The mission is already completed",
                "value": {
                  "error": {
                    "code": 403,
                    "message": "body.missionId: mission \"sketchFlow\" is already completed"
                  }
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "The token is valid but the session it names no longer exists in the stub (after `POST /__stubs/reset` or eviction), or the resource asked for does not exist (no goal yet, unknown mission).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "sessionNotFound": {
                "summary": "The session no longer exists",
                "value": {
                  "error": {
                    "code": 404,
                    "message": "Session abc123 not found (the stub was reset or the session expired)"
                  }
                }
              },
              "noGoalYet": {
                "summary": "No goal has been submitted yet",
                "value": {
                  "error": {
                    "code": 404,
                    "message": "No personalised content yet: POST /api/goal first"
                  }
                }
              },
              "unknownMission": {
                "summary": "The mission is not in the session's catalogue",
                "value": {
                  "error": {
                    "code": 404,
                    "message": "body.missionId: mission \"launchRocket\" not found; missions: defineMetrics, sketchFlow, runDemo, reviewCaseStudy, planPilot"
                  }
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
                  "error": {
                    "code": 413,
                    "message": "body: is larger than 1 MiB"
                  }
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
                  "error": {
                    "code": 415,
                    "message": "header.content-type: application/x-www-form-urlencoded is not supported; use application/json"
                  }
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
                  "error": {
                    "code": 429,
                    "message": "Too many sessions created from this address: at most 100 a minute; retry after 60 s"
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
              "forced": {
                "summary": "A server-side failure forced with Prefer",
                "value": {
                  "error": {
                    "code": 500,
                    "message": "Internal server error"
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
        "description": "Error envelope used by every error response.",
        "additionalProperties": false,
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "description": "The error.",
            "additionalProperties": false,
            "required": [
              "code",
              "message"
            ],
            "properties": {
              "code": {
                "type": "integer",
                "description": "The HTTP status code of the response."
              },
              "message": {
                "type": "string",
                "description": "Human-readable description naming the offending field, e.g. `body.input: must NOT have fewer than 1 characters`."
              }
            }
          }
        }
      },
      "TokenPair": {
        "type": "object",
        "description": "An access token and a refresh token for one session.",
        "additionalProperties": false,
        "required": [
          "accessToken",
          "expiresIn",
          "refreshToken",
          "refreshExpiresIn"
        ],
        "properties": {
          "accessToken": {
            "type": "string",
            "minLength": 1,
            "description": "HS256 JWT with claims `sessionId` and `kind: access`; send it as `Authorization: Bearer <accessToken>`."
          },
          "expiresIn": {
            "type": "integer",
            "const": 31536000,
            "description": "Lifetime of the access token in seconds (one year)."
          },
          "refreshToken": {
            "type": "string",
            "minLength": 1,
            "description": "HS256 JWT with claims `sessionId` and `kind: refresh`; single use, rotated by `POST /api/auth/refresh`."
          },
          "refreshExpiresIn": {
            "type": "integer",
            "const": 31536000,
            "description": "Lifetime of the refresh token in seconds (one year)."
          }
        }
      },
      "RefreshRequest": {
        "type": "object",
        "description": "A refresh token, for refreshing or revoking a session.",
        "additionalProperties": false,
        "required": [
          "refreshToken"
        ],
        "properties": {
          "refreshToken": {
            "type": "string",
            "minLength": 1,
            "description": "The session's current refresh token."
          }
        }
      },
      "RevokeResponse": {
        "type": "object",
        "description": "Confirmation that the session was revoked.",
        "additionalProperties": false,
        "required": [
          "revoked"
        ],
        "properties": {
          "revoked": {
            "type": "boolean",
            "const": true,
            "description": "Always true."
          }
        }
      },
      "GoalRequest": {
        "type": "object",
        "description": "The user's goal in their own words.",
        "additionalProperties": false,
        "required": [
          "input"
        ],
        "properties": {
          "input": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000,
            "pattern": "\\S",
            "description": "Raw user input; must contain at least one non-space character."
          }
        }
      },
      "ClarifyRequest": {
        "type": "object",
        "description": "One follow-up answer refining the goal.",
        "additionalProperties": false,
        "required": [
          "clarification"
        ],
        "properties": {
          "clarification": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000,
            "pattern": "\\S",
            "description": "The follow-up answer; must contain at least one non-space character."
          }
        }
      },
      "Goal": {
        "type": "object",
        "description": "Structured goal. Free-form (more fields may appear), but the documented fields are always present.",
        "additionalProperties": true,
        "required": [
          "raw",
          "summary",
          "domain",
          "objective",
          "keywords",
          "clarifications"
        ],
        "properties": {
          "raw": {
            "type": "string",
            "description": "The user's input, verbatim."
          },
          "summary": {
            "type": "string",
            "description": "One-sentence summary of the goal, refined by clarifications."
          },
          "domain": {
            "type": "string",
            "description": "The business domain of the goal, e.g. `restaurants`."
          },
          "objective": {
            "type": "string",
            "description": "What the user wants to achieve, e.g. `build an AI agent`."
          },
          "keywords": {
            "type": "array",
            "description": "Keywords extracted from the goal and its clarifications.",
            "items": {
              "type": "string"
            }
          },
          "clarifications": {
            "type": "array",
            "description": "Each answer given to `POST /api/clarify`, oldest first.",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "Mission": {
        "type": "object",
        "description": "A mission of the session's catalogue.",
        "additionalProperties": false,
        "required": [
          "id",
          "title",
          "points"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Mission id, one of `defineMetrics`, `sketchFlow`, `runDemo`, `reviewCaseStudy`, `planPilot`."
          },
          "title": {
            "type": "string",
            "description": "Mission title, mentioning the goal's domain."
          },
          "points": {
            "type": "integer",
            "minimum": 1,
            "description": "Points awarded when the mission is completed."
          }
        }
      },
      "MissionStatus": {
        "type": "object",
        "description": "A mission's completion status.",
        "additionalProperties": false,
        "required": [
          "id",
          "status",
          "points"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Mission id."
          },
          "status": {
            "type": "string",
            "enum": [
              "pending",
              "completed"
            ],
            "description": "Whether the mission has been completed."
          },
          "points": {
            "type": "integer",
            "minimum": 1,
            "description": "Points the mission is worth (awarded once it is completed)."
          }
        }
      },
      "NextMission": {
        "type": "object",
        "description": "The first still-pending mission in catalogue order.",
        "additionalProperties": false,
        "required": [
          "id",
          "title"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Mission id."
          },
          "title": {
            "type": "string",
            "description": "Mission title."
          }
        }
      },
      "CaseStudy": {
        "type": "object",
        "description": "A recommended case study.",
        "additionalProperties": false,
        "required": [
          "id",
          "title",
          "summary"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Case-study id, e.g. `cs1`."
          },
          "title": {
            "type": "string",
            "description": "Case-study title."
          },
          "summary": {
            "type": "string",
            "description": "One-line summary of the case study's outcome."
          }
        }
      },
      "Personalisation": {
        "type": "object",
        "description": "Personalised content derived from the session's goal.",
        "additionalProperties": false,
        "required": [
          "headline",
          "goal",
          "missions",
          "recommendedCaseStudies"
        ],
        "properties": {
          "headline": {
            "type": "string",
            "description": "Headline for the micro-site, derived from the goal."
          },
          "goal": {
            "$ref": "#/components/schemas/Goal",
            "description": "The structured goal."
          },
          "missions": {
            "type": "array",
            "description": "The session's mission catalogue, in catalogue order.",
            "items": {
              "$ref": "#/components/schemas/Mission"
            }
          },
          "recommendedCaseStudies": {
            "type": "array",
            "description": "Case studies recommended for the goal.",
            "items": {
              "$ref": "#/components/schemas/CaseStudy"
            }
          }
        }
      },
      "GoalResponse": {
        "type": "object",
        "description": "The session id plus the personalisation derived from the submitted goal.",
        "additionalProperties": false,
        "required": [
          "sessionId",
          "goal",
          "missions",
          "headline",
          "recommendedCaseStudies"
        ],
        "properties": {
          "sessionId": {
            "type": "string",
            "description": "The session id (the `sessionId` claim of the access token)."
          },
          "goal": {
            "$ref": "#/components/schemas/Goal",
            "description": "The structured goal."
          },
          "missions": {
            "type": "array",
            "description": "The session's mission catalogue, in catalogue order.",
            "items": {
              "$ref": "#/components/schemas/Mission"
            }
          },
          "headline": {
            "type": "string",
            "description": "Headline for the micro-site, derived from the goal."
          },
          "recommendedCaseStudies": {
            "type": "array",
            "description": "Case studies recommended for the goal.",
            "items": {
              "$ref": "#/components/schemas/CaseStudy"
            }
          }
        }
      },
      "Progress": {
        "type": "object",
        "description": "Mission statuses, total points and the unlock flag.",
        "additionalProperties": false,
        "required": [
          "pointsTotal",
          "missions",
          "callUnlocked"
        ],
        "properties": {
          "pointsTotal": {
            "type": "integer",
            "minimum": 0,
            "description": "Sum of the points of completed missions."
          },
          "missions": {
            "type": "array",
            "description": "Status of every mission of the catalogue, in catalogue order; empty before a goal is submitted.",
            "items": {
              "$ref": "#/components/schemas/MissionStatus"
            }
          },
          "callUnlocked": {
            "type": "boolean",
            "description": "True once `pointsTotal >= 60`."
          }
        }
      },
      "CompleteMissionRequest": {
        "type": "object",
        "description": "The mission to complete and its artifact.",
        "additionalProperties": false,
        "required": [
          "missionId",
          "artifact"
        ],
        "properties": {
          "missionId": {
            "type": "string",
            "minLength": 1,
            "description": "Id of a mission in the session's catalogue."
          },
          "artifact": {
            "$ref": "#/components/schemas/MissionArtifact",
            "description": "What the user produced for the mission."
          }
        }
      },
      "MissionArtifact": {
        "type": "object",
        "description": "What the user produced for a mission.",
        "additionalProperties": false,
        "required": [
          "answer"
        ],
        "properties": {
          "answer": {
            "type": "string",
            "minLength": 1,
            "maxLength": 5000,
            "description": "The user's answer to the mission."
          }
        }
      },
      "CompleteMissionResponse": {
        "type": "object",
        "description": "Points awarded and the updated progress.",
        "additionalProperties": false,
        "required": [
          "pointsAwarded",
          "pointsTotal",
          "callUnlocked"
        ],
        "properties": {
          "pointsAwarded": {
            "type": "integer",
            "minimum": 1,
            "description": "Points awarded for this mission."
          },
          "pointsTotal": {
            "type": "integer",
            "minimum": 0,
            "description": "Total points after this completion."
          },
          "callUnlocked": {
            "type": "boolean",
            "description": "True once `pointsTotal >= 60`."
          },
          "nextMission": {
            "$ref": "#/components/schemas/NextMission",
            "description": "The first still-pending mission in catalogue order; omitted when every mission is completed."
          }
        }
      },
      "UnlockStatus": {
        "type": "object",
        "description": "Whether the free-call gate is unlocked.",
        "additionalProperties": false,
        "required": [
          "callUnlocked"
        ],
        "properties": {
          "callUnlocked": {
            "type": "boolean",
            "description": "True once `pointsTotal >= 60`."
          }
        }
      },
      "SessionState": {
        "type": "object",
        "description": "The entire session state, for hydrating the frontend.",
        "additionalProperties": false,
        "required": [
          "sessionId",
          "missions",
          "pointsTotal",
          "callUnlocked"
        ],
        "properties": {
          "sessionId": {
            "type": "string",
            "description": "The session id (the `sessionId` claim of the access token)."
          },
          "goal": {
            "$ref": "#/components/schemas/Goal",
            "description": "The structured goal; omitted until a goal has been submitted."
          },
          "missions": {
            "type": "array",
            "description": "Status of every mission of the catalogue, in catalogue order; empty before a goal is submitted.",
            "items": {
              "$ref": "#/components/schemas/MissionStatus"
            }
          },
          "pointsTotal": {
            "type": "integer",
            "minimum": 0,
            "description": "Sum of the points of completed missions."
          },
          "callUnlocked": {
            "type": "boolean",
            "description": "True once `pointsTotal >= 60`."
          }
        }
      },
      "ChatRequest": {
        "type": "object",
        "description": "The user's chat message and where they are on the site.",
        "additionalProperties": false,
        "required": [
          "message",
          "context"
        ],
        "properties": {
          "message": {
            "type": "string",
            "minLength": 1,
            "maxLength": 4000,
            "pattern": "\\S",
            "description": "The user's latest chat input; must contain at least one non-space character."
          },
          "context": {
            "$ref": "#/components/schemas/ChatContext",
            "description": "Where the user is on the site, to ground the assistant's reply."
          }
        }
      },
      "ChatContext": {
        "type": "object",
        "description": "Where the user is on the site.",
        "additionalProperties": false,
        "required": [
          "page",
          "section"
        ],
        "properties": {
          "page": {
            "type": "string",
            "minLength": 1,
            "description": "Page identifier, e.g. `micro-landing`, `case-study`, `mission-dashboard`."
          },
          "section": {
            "type": "string",
            "minLength": 1,
            "description": "Subsection or component, e.g. `hero`, `mission-3`, `progress-widget`."
          },
          "metadata": {
            "type": "object",
            "additionalProperties": true,
            "description": "Free-form extra state, e.g. `{ \"caseStudyId\": \"cs2\" }` or `{ \"missionId\": \"defineMetrics\" }`."
          }
        }
      },
      "ChatTurn": {
        "type": "object",
        "description": "One turn of the conversation.",
        "additionalProperties": false,
        "required": [
          "role",
          "message",
          "timestamp"
        ],
        "properties": {
          "role": {
            "type": "string",
            "enum": [
              "user",
              "assistant"
            ],
            "description": "Who spoke."
          },
          "message": {
            "type": "string",
            "description": "What was said."
          },
          "timestamp": {
            "type": "string",
            "format": "date-time",
            "description": "When the turn was recorded (RFC 3339, UTC)."
          }
        }
      },
      "Navigate": {
        "type": "object",
        "description": "Navigation instruction to the frontend.",
        "additionalProperties": false,
        "required": [
          "page",
          "section"
        ],
        "properties": {
          "page": {
            "type": "string",
            "minLength": 1,
            "description": "Target page, same identifiers as `context.page` in the request."
          },
          "section": {
            "type": "string",
            "minLength": 1,
            "description": "Section or component on that page, e.g. `mission-2`."
          },
          "metadata": {
            "type": "object",
            "additionalProperties": true,
            "description": "Free-form parameters for the navigation, e.g. `{ \"missionId\": \"sketchFlow\" }`."
          }
        }
      },
      "ChatResponse": {
        "type": "object",
        "description": "The assistant's reply, the whole history and optional UI updates.",
        "additionalProperties": false,
        "required": [
          "reply",
          "history"
        ],
        "properties": {
          "reply": {
            "type": "string",
            "description": "The assistant's response text."
          },
          "history": {
            "type": "array",
            "maxItems": 200,
            "description": "The session's whole conversation, oldest first, ending with this call's user message and assistant reply; the stub keeps the last 200 turns.",
            "items": {
              "$ref": "#/components/schemas/ChatTurn"
            }
          },
          "updatedProgress": {
            "$ref": "#/components/schemas/Progress",
            "description": "Progress snapshot for UI sync; present once a goal exists."
          },
          "followUpMissions": {
            "type": "array",
            "maxItems": 2,
            "description": "Pending missions in catalogue order, at most 2; present once a goal exists.",
            "items": {
              "$ref": "#/components/schemas/Mission"
            }
          },
          "suggestedRead": {
            "type": "array",
            "description": "Case-study recommendations; present once a goal exists, except on an off-topic message.",
            "items": {
              "$ref": "#/components/schemas/CaseStudy"
            }
          },
          "navigate": {
            "$ref": "#/components/schemas/Navigate",
            "description": "Navigation instruction: `micro-landing`/`hero` before a goal exists, otherwise `mission-dashboard`/`mission-<n>` for the next pending mission (`mission-dashboard`/`progress-widget` once every mission is completed); absent on an off-topic message."
          }
        }
      }
    }
  }
};
