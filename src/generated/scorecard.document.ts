// Generated from openapi/scorecard.yaml by `npm run types`. Do not edit; CI fails when it drifts.
import type { OpenApiDocument } from '../core/document.ts';

export const document: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "AI Reality Check Scorecard API",
    "version": "1.0.0",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "contact": {
      "name": "contract-stubs maintainers"
    },
    "description": "Contract for the `scorecard` mock served by contract-stubs: the AI Reality Check\nassessment (four steps of questions, scored for real). Hand-authored from the product's\nprose API description (\"the prose\" below; not shipped with contract-stubs, and everything\nneeded from it is written here); request validation, the generated TypeScript types and the\nstateful handlers all follow this document. Where the prose is silent or contradicts\nitself, the decision is written here and in the operation it concerns.\n\n**The questionnaire.** Four steps, one per category, in this order: step 0\n`valueAssurance` (Value Assurance, questions `value_assurance_1`…`_4`, weight 0.25),\nstep 1 `customerSafe` (Customer-Safe AI, `customer_safe_1`…`_4`, weight 0.35), step 2\n`riskCompliance` (Risk & Compliance, `risk_compliance_1`…`_4`, weight 0.25), step 3\n`governance` (Implementation Governance, `governance_1`…`_4`, weight 0.15). Every\nquestion has the choices `A`–`E` (upper case); their full text and points are listed by\n`GET /api/test/sample-assessment`.\n\n**Points and scores.** Every question's choices are worth `A` 25, `B` 20, `C` 15, `D` 10,\n`E` 0 points (`maxPoints` 25). A category's score is the sum of its four questions'\npoints (0–100, an integer). The total is the weighted sum\n`0.25·valueAssurance + 0.35·customerSafe + 0.25·riskCompliance + 0.15·governance`,\nrounded half up to an integer (computed in integers: `(25·va + 35·cs + 25·rc + 15·g + 50)\ndiv 100`).\n\n**Bands** (`scoreCategory`) by total score: `champion` 85–100, `builder` 65–84,\n`risk_zone` 45–64, `alert` 25–44, `crisis` 0–24. `categoryDescription` is the band's\nfixed sentence (`builder`: \"Good foundation in place with specific areas for\nimprovement\").\n\n**Recommendations** are for the two weakest categories (lowest score first; ties go to\nthe heavier weight, then the step order), one per category, with priority by that\ncategory's score: below 60 `high`, 60–79 `medium`, 80 or more `low`.\n\n**Briefing.** `qualifiedForBriefing` is true when an email is known (from\n`POST /api/assessment/start` or `POST /api/assessment/save-progress`) and the total is\nbelow 85 (every band but `champion`); the results then carry `nextSteps.briefingCta`.\n\n**Sessions.** `POST /api/assessment/start` creates a session and its assessment and sets\nthe cookie `assessment-session=<sessionId>; Max-Age=86400; Path=/; HttpOnly;\nSameSite=Lax` (plus `Secure` when served over HTTPS). A session lives 24 hours from its\nlast activity: saving progress and submitting extend it to 24 hours from then (and set\nthe cookie again); reading (resume, results) does not. Every other operation under\n`/api/assessment/` needs the cookie: without it, with an unknown id (e.g. after\n`POST /__stubs/reset`) or an expired session the answer is `401 SESSION_EXPIRED`. The\nprose's \"session creation: automatic on first API call\" is read as: the first call,\n`start`, creates it.\n\n**Errors.** Every error uses the envelope\n`{\"error\":{\"code\",\"message\",\"details\"?,\"timestamp\",\"requestId\",\"retryAfter\"?}}`:\n\n| code | status | when | retryable |\n| --- | --- | --- | --- |\n| `VALIDATION_ERROR` | 400 | the request does not match this document (wrong type, unknown field, step out of range, malformed JSON, body over 1 MiB, not JSON); `details.field` names the field | no |\n| `VALIDATION_ERROR` | 422 | well-formed answers that are not valid: an unknown question, a question of another step, a choice other than `A`–`E`; `details` has `field`, `reason` and `validChoices` (or `validQuestions`) | no |\n| `ASSESSMENT_INCOMPLETE` | 400 | submit before every question is answered; `details.missingQuestions` | no |\n| `SESSION_EXPIRED` | 401 | no, unknown or expired session | no |\n| `ACCESS_DENIED` | 403 | another session's results (added: the prose names the status, not a code) | no |\n| `ASSESSMENT_NOT_FOUND` | 404 | no such assessment, or not completed yet | no |\n| `NOT_FOUND` | 404 | a path no operation has, or a test endpoint when they are off (added) | no |\n| `METHOD_NOT_ALLOWED` | 405 | a method the path does not have (added; with `Allow`) | no |\n| `RATE_LIMIT_EXCEEDED` | 429 | a rate limit is spent; `retryAfter` (seconds) at the top level and a `Retry-After` header | yes |\n| `DATABASE_ERROR` | 500 | an unexpected failure of the stub (its store is the \"database\"); otherwise only on request (`Prefer: code=500`) | yes |\n| `SERVICE_UNAVAILABLE` | 503 | only on request (`Prefer: code=503`); an unhealthy health check answers `503` with its own body | yes |\n\nThe prose lists `VALIDATION_ERROR` only with 422; the stub also uses it for 400 (shape\nerrors), since the table has no other code for them. `HUBSPOT_SYNC_FAILED` and\n`EMAIL_DELIVERY_FAILED` are never errors: a failed sync answers `200` with\n`hubspotSyncStatus: failed` and a `warnings` entry (added to the submit and results\nanswers: the prose says \"200 with warning/info in response\" without naming the field).\n\n**Rate limits** (fixed windows, per API instance; `POST /__stubs/reset` clears them):\n`start` 10 per hour per IP, `save-progress` 100 per hour per session, `submit` 5 per hour\nper IP, `results` 50 per hour per IP, `resume` 20 per hour per IP, `health` 100 per\nminute per IP. Test endpoints are not limited. Every answer that was counted carries\n`X-RateLimit-Limit`, `X-RateLimit-Remaining`, `X-RateLimit-Reset` (unix seconds) and\n`X-RateLimit-RetryAfter` (seconds until the window resets); a refused one is `429` with\n`Retry-After`. Under MSW there is no client address: all callers share the IP `local`.\n\n**Security headers** on every answer of this API, errors included:\n`X-Frame-Options: DENY`, `X-Content-Type-Options: nosniff`,\n`Referrer-Policy: strict-origin-when-cross-origin`, `X-XSS-Protection: 1; mode=block`,\n`Content-Security-Policy: default-src 'self'`. The prose's CSRF protection (\"built-in\nwith Next.js middleware\") is the cookie's `SameSite=Lax`; there is no token.\n\n**HubSpot and email** are simulated. On submit, with an email known: HubSpot is\n`synced` (or `failed` when `POST /api/test/simulate-hubspot-failure` armed a failure,\nwhich that one sync consumes) and the results email is `sent`; without an email both\nare `skipped`. `pending` is never produced by the stub (it syncs at once); the prose's\nexample says `pending` and is changed to `synced` here.\n\n**Development-only test endpoints** (`/api/test/*`) are served by default; the stub's\n`--no-test-endpoints` flag turns them off, and they then answer `404 NOT_FOUND`.\n\n**Ids.** `sessionId` is `sess_` plus 12 lowercase letters and digits, `assessmentId`\n`assess_` plus 9 (as the prose's examples show; the prose's \"UUID\" is not followed).\nThey are random but seeded (`--seed`), and they never repeat while the server runs, not\neven after `POST /__stubs/reset`, which restarts the generator: each reset starts a new\ngeneration whose ids are mixed with its number, so a cookie kept from before a reset\nanswers `401 SESSION_EXPIRED` instead of opening someone else's new session. The first\ngeneration's ids are the generator's own, so two runs with the same `--seed` and `--now`\ngive the same ids from the start. Timestamps are ISO 8601 in UTC.\n"
  },
  "servers": [
    {
      "url": "http://127.0.0.1:4010/scorecard",
      "description": "All APIs in one server (`npx contract-stubs start`); this API is mounted under `/scorecard`."
    },
    {
      "url": "http://127.0.0.1:4010",
      "description": "This API alone (`npx contract-stubs start --api scorecard`), served at the root."
    }
  ],
  "security": [
    {
      "sessionCookie": []
    }
  ],
  "tags": [
    {
      "name": "assessment",
      "description": "Starting, saving, submitting and resuming an assessment, and its results."
    },
    {
      "name": "health",
      "description": "Status and performance of this API."
    },
    {
      "name": "test",
      "description": "Development-only helpers (off with `--no-test-endpoints`)."
    }
  ],
  "paths": {
    "/api/assessment/start": {
      "post": {
        "operationId": "startAssessment",
        "summary": "Start an assessment",
        "tags": [
          "assessment"
        ],
        "security": [],
        "description": "Creates a new session and its assessment (step 0, nothing answered) and sets the\n`assessment-session` cookie (`Max-Age=86400; Path=/; HttpOnly; SameSite=Lax`,\n`Secure` over HTTPS). Every call starts afresh: a cookie the caller already has is\nignored (its assessment stays readable through that session). `expiresAt` is 24 hours\nfrom now; `resumeUrl` is the 1-based page of the current step (`/assessment/step/1`).\n`email` is kept for the HubSpot sync and the briefing rule; `company` is kept as\n`contactInfo.company`. The body is optional. Ids never repeat within a server's run,\nresets included (see **Ids** in the document's description).\n\nErrors: `400` a field of the wrong type or an unknown field; `429` more than 10 starts\nper hour from one IP; `500` only on request.\n",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/StartAssessmentRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "email": "ceo@company.com",
                    "company": "Acme Corp",
                    "referrer": "https://google.com/search",
                    "browserInfo": {
                      "userAgent": "Mozilla/5.0...",
                      "viewport": {
                        "width": 1920,
                        "height": 1080
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
            "description": "The new session and assessment.",
            "headers": {
              "Set-Cookie": {
                "description": "`assessment-session=<sessionId>; Max-Age=86400; Path=/; HttpOnly; SameSite=Lax` (plus `Secure` over HTTPS).",
                "schema": {
                  "type": "string"
                }
              },
              "X-Frame-Options": {
                "$ref": "#/components/headers/XFrameOptions"
              },
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/XContentTypeOptions"
              },
              "Referrer-Policy": {
                "$ref": "#/components/headers/ReferrerPolicy"
              },
              "X-XSS-Protection": {
                "$ref": "#/components/headers/XXssProtection"
              },
              "Content-Security-Policy": {
                "$ref": "#/components/headers/ContentSecurityPolicy"
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
              "X-RateLimit-RetryAfter": {
                "$ref": "#/components/headers/XRateLimitRetryAfter"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StartAssessmentResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "sessionId": "sess_abc123def456",
                      "assessmentId": "assess_789xyz012",
                      "currentStep": 0,
                      "totalSteps": 4,
                      "expiresAt": "2025-08-13T10:30:00Z",
                      "resumeUrl": "/assessment/step/1"
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
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          }
        }
      }
    },
    "/api/assessment/save-progress": {
      "post": {
        "operationId": "saveProgress",
        "summary": "Save the answers of a step",
        "tags": [
          "assessment"
        ],
        "description": "Merges `responses` into the assessment's saved answers (a later answer to the same\nquestion replaces the earlier one), keeps `email` and adds `timeSpent` to the step's\ntime. Steps are 0–3; a step after the current one cannot be saved yet (the client\ngoes forward one step at a time, and may go back).\n\n`canProceed` is true when every question of the saved step is answered (after the\nmerge); otherwise `validationErrors` names each unanswered question of that step\n(`\"customer_safe_3: not answered\"`) and the answer is still `200`: unanswered questions\nare not an error until submit. `currentStep` is the first step with an unanswered\nquestion (3 once all are answered), `nextStep` the same, or `null` once every step is\ncomplete. `progress.completed` counts complete steps, `percentage` is\n`completed / 4 · 100`. Saving extends the session by 24 hours and sets the cookie again.\n\nErrors: `400 VALIDATION_ERROR` a body that does not match (step outside 0–3, an answer\nthat is not a string, unknown fields); `401 SESSION_EXPIRED`; `404\nASSESSMENT_NOT_FOUND` the session's assessment is gone; `422 VALIDATION_ERROR` a\nquestion id that does not exist or belongs to another step (`details.validQuestions`),\na choice other than `A`–`E` (`details.validChoices`), a step after the current one,\nor an assessment already submitted; `429` more than 100 saves per hour in one session.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SaveProgressRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "step": 0,
                    "responses": {
                      "value_assurance_1": "A",
                      "value_assurance_2": "B",
                      "value_assurance_3": "C",
                      "value_assurance_4": "A"
                    },
                    "email": "ceo@company.com",
                    "timeSpent": 45
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Saved; where the assessment stands now.",
            "headers": {
              "Set-Cookie": {
                "description": "The session cookie again, with a fresh 24-hour `Max-Age`.",
                "schema": {
                  "type": "string"
                }
              },
              "X-Frame-Options": {
                "$ref": "#/components/headers/XFrameOptions"
              },
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/XContentTypeOptions"
              },
              "Referrer-Policy": {
                "$ref": "#/components/headers/ReferrerPolicy"
              },
              "X-XSS-Protection": {
                "$ref": "#/components/headers/XXssProtection"
              },
              "Content-Security-Policy": {
                "$ref": "#/components/headers/ContentSecurityPolicy"
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
              "X-RateLimit-RetryAfter": {
                "$ref": "#/components/headers/XRateLimitRetryAfter"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SaveProgressResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example (step 0 complete)",
                    "value": {
                      "saved": true,
                      "currentStep": 1,
                      "nextStep": 1,
                      "canProceed": true,
                      "progress": {
                        "completed": 1,
                        "total": 4,
                        "percentage": 25
                      }
                    }
                  },
                  "incomplete": {
                    "summary": "A step saved with a question left open",
                    "value": {
                      "saved": true,
                      "currentStep": 1,
                      "nextStep": 1,
                      "canProceed": false,
                      "progress": {
                        "completed": 1,
                        "total": 4,
                        "percentage": 25
                      },
                      "validationErrors": [
                        "customer_safe_4: not answered"
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
            "$ref": "#/components/responses/SessionExpired"
          },
          "404": {
            "$ref": "#/components/responses/AssessmentNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
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
    "/api/assessment/submit": {
      "post": {
        "operationId": "submitAssessment",
        "summary": "Submit and score the assessment",
        "tags": [
          "assessment"
        ],
        "description": "Applies `finalResponses` (validated as in save-progress, for any step), then scores\nthe assessment as `info.description` states: category scores from the points of the\nchosen answers, the weighted total, the band, recommendations for the two weakest\ncategories and `qualifiedForBriefing`. HubSpot and email are simulated (see\n`info.description`); a failed sync is `hubspotSyncStatus: failed` plus a\n`HUBSPOT_SYNC_FAILED` entry in `warnings`, still `200`. `contactInfo` and `feedback`\nare kept. Submitting extends the session by 24 hours.\n\nA second submit of the same assessment answers the stored result unchanged (its body\nis not applied and nothing is synced again).\n\nErrors: `400 ASSESSMENT_INCOMPLETE` a question is still unanswered\n(`details.missingQuestions`), `400 VALIDATION_ERROR` a body that does not match\n(`completionTime` is required); `401 SESSION_EXPIRED`; `404 ASSESSMENT_NOT_FOUND` the\nsession's assessment is gone; `422 VALIDATION_ERROR` an invalid question or choice in\n`finalResponses`; `429` more than 5 submits per hour from one IP.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SubmitAssessmentRequest"
              },
              "examples": {
                "prose": {
                  "summary": "The prose's example",
                  "value": {
                    "completionTime": 480,
                    "contactInfo": {
                      "firstName": "John",
                      "lastName": "Doe",
                      "company": "Acme Corp",
                      "phone": "+1-555-123-4567"
                    },
                    "feedback": "Very helpful assessment"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The scored assessment.",
            "headers": {
              "Set-Cookie": {
                "description": "The session cookie again, with a fresh 24-hour `Max-Age`.",
                "schema": {
                  "type": "string"
                }
              },
              "X-Frame-Options": {
                "$ref": "#/components/headers/XFrameOptions"
              },
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/XContentTypeOptions"
              },
              "Referrer-Policy": {
                "$ref": "#/components/headers/ReferrerPolicy"
              },
              "X-XSS-Protection": {
                "$ref": "#/components/headers/XXssProtection"
              },
              "Content-Security-Policy": {
                "$ref": "#/components/headers/ContentSecurityPolicy"
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
              "X-RateLimit-RetryAfter": {
                "$ref": "#/components/headers/XRateLimitRetryAfter"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SubmitAssessmentResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example, corrected: its breakdown (75/80/60/55) weighs to 70, not 67, so customerSafe is 70 here (weighted sum 66.5, rounded to 67); the second recommendation for the second-weakest category and the `synced` status follow the stub's rules.",
                    "value": {
                      "assessmentId": "assess_789xyz012",
                      "completed": true,
                      "totalScore": 67,
                      "scoreBreakdown": {
                        "valueAssurance": 75,
                        "customerSafe": 70,
                        "riskCompliance": 60,
                        "governance": 55
                      },
                      "scoreCategory": "builder",
                      "categoryDescription": "Good foundation in place with specific areas for improvement",
                      "recommendations": [
                        {
                          "category": "governance",
                          "priority": "high",
                          "title": "Implement Version Control for AI Models",
                          "description": "Establish proper versioning and rollback procedures for AI deployments",
                          "actionItems": [
                            "Set up model versioning system",
                            "Define rollback procedures",
                            "Create staging environment"
                          ]
                        },
                        {
                          "category": "riskCompliance",
                          "priority": "medium",
                          "title": "Close the Gaps in Your AI Risk Register",
                          "description": "Extend the risk register you have to every AI system and review it on a schedule",
                          "actionItems": [
                            "Add every AI system to the risk register",
                            "Assign an owner to each AI risk",
                            "Review AI risks quarterly"
                          ]
                        }
                      ],
                      "resultsUrl": "/assessment/results/assess_789xyz012",
                      "hubspotSyncStatus": "synced",
                      "emailDeliveryStatus": "sent",
                      "qualifiedForBriefing": true
                    }
                  },
                  "hubspotFailed": {
                    "summary": "A simulated HubSpot failure, reported as a warning",
                    "value": {
                      "assessmentId": "assess_789xyz012",
                      "completed": true,
                      "totalScore": 100,
                      "scoreBreakdown": {
                        "valueAssurance": 100,
                        "customerSafe": 100,
                        "riskCompliance": 100,
                        "governance": 100
                      },
                      "scoreCategory": "champion",
                      "categoryDescription": "AI leadership in place, with strong practices across all four areas",
                      "recommendations": [],
                      "resultsUrl": "/assessment/results/assess_789xyz012",
                      "hubspotSyncStatus": "failed",
                      "emailDeliveryStatus": "sent",
                      "qualifiedForBriefing": false,
                      "warnings": [
                        {
                          "code": "HUBSPOT_SYNC_FAILED",
                          "message": "The HubSpot sync failed; your results are saved."
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/SubmitBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/SessionExpired"
          },
          "404": {
            "$ref": "#/components/responses/AssessmentNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
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
    "/api/assessment/results/{assessmentId}": {
      "get": {
        "operationId": "getResults",
        "summary": "Detailed results of a completed assessment",
        "tags": [
          "assessment"
        ],
        "parameters": [
          {
            "name": "assessmentId",
            "in": "path",
            "required": true,
            "description": "The assessment id (`assess_…`, as returned by start and submit).",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 100
            },
            "example": "assess_789xyz012"
          }
        ],
        "description": "The submitted assessment in full: per category its score, weight and every question\nwith the chosen answer, its full text, points and `maxPoints` (25); the band; the\nrecommendations with `estimatedImpact` and `timeToImplement`; benchmarks (fixed\nreference figures: an industry average of 58 over 1240 similar companies, and the\ntotal's percentile in that reference distribution); and next steps: the briefing\ncall to action when `qualifiedForBriefing`, and resources for the two weakest\ncategories. Reading results does not extend the session.\n\nErrors: `400 VALIDATION_ERROR` an id that is not a decodable path segment (e.g. a lone `%`); `401 SESSION_EXPIRED`; `404 ASSESSMENT_NOT_FOUND` no such assessment, or it\nis not submitted yet (whoever owns it); `403 ACCESS_DENIED` a submitted assessment of\nanother session; `429` more than 50 reads per hour from one IP.\n",
        "responses": {
          "200": {
            "description": "The results.",
            "headers": {
              "X-Frame-Options": {
                "$ref": "#/components/headers/XFrameOptions"
              },
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/XContentTypeOptions"
              },
              "Referrer-Policy": {
                "$ref": "#/components/headers/ReferrerPolicy"
              },
              "X-XSS-Protection": {
                "$ref": "#/components/headers/XXssProtection"
              },
              "Content-Security-Policy": {
                "$ref": "#/components/headers/ContentSecurityPolicy"
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
              "X-RateLimit-RetryAfter": {
                "$ref": "#/components/headers/XRateLimitRetryAfter"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AssessmentResultsResponse"
                },
                "examples": {
                  "builder": {
                    "summary": "A builder-band result (one question per category shown)",
                    "value": {
                      "assessmentId": "assess_789xyz012",
                      "completedAt": "2025-08-12T10:08:00Z",
                      "totalScore": 67,
                      "scoreBreakdown": {
                        "valueAssurance": {
                          "score": 75,
                          "weight": 0.25,
                          "questions": [
                            {
                              "id": "value_assurance_1",
                              "question": "How do you decide which AI initiatives get funded?",
                              "answer": "A",
                              "answerText": "Every initiative needs a business case with measurable outcomes, reviewed before funding",
                              "points": 25,
                              "maxPoints": 25
                            }
                          ]
                        },
                        "customerSafe": {
                          "score": 70,
                          "weight": 0.35,
                          "questions": [
                            {
                              "id": "customer_safe_1",
                              "question": "How is AI output checked before it reaches customers?",
                              "answer": "B",
                              "answerText": "Automated checks on every output, with human review of flagged cases",
                              "points": 20,
                              "maxPoints": 25
                            }
                          ]
                        },
                        "riskCompliance": {
                          "score": 60,
                          "weight": 0.25,
                          "questions": [
                            {
                              "id": "risk_compliance_1",
                              "question": "Do you keep a register of AI systems and their risks?",
                              "answer": "C",
                              "answerText": "A register exists but covers only some systems",
                              "points": 15,
                              "maxPoints": 25
                            }
                          ]
                        },
                        "governance": {
                          "score": 55,
                          "weight": 0.15,
                          "questions": [
                            {
                              "id": "governance_1",
                              "question": "How are AI models versioned and rolled back?",
                              "answer": "B",
                              "answerText": "Models are versioned; rollback is possible but manual",
                              "points": 20,
                              "maxPoints": 25
                            }
                          ]
                        }
                      },
                      "scoreCategory": "builder",
                      "categoryDescription": "Good foundation in place with specific areas for improvement",
                      "recommendations": [
                        {
                          "category": "governance",
                          "priority": "high",
                          "title": "Implement Version Control for AI Models",
                          "description": "Establish proper versioning and rollback procedures for AI deployments",
                          "actionItems": [
                            "Set up model versioning system",
                            "Define rollback procedures",
                            "Create staging environment"
                          ],
                          "estimatedImpact": "+15 points in Implementation Governance",
                          "timeToImplement": "4-6 weeks"
                        }
                      ],
                      "benchmarks": {
                        "industryAverage": 58,
                        "percentile": 70,
                        "similarCompanies": 1240
                      },
                      "nextSteps": {
                        "briefingCta": {
                          "title": "Book your Executive AI Briefing",
                          "description": "A 45-minute session with an AI governance expert to turn these results into a 90-day plan.",
                          "buttonText": "Book my briefing",
                          "url": "/briefing?assessment=assess_789xyz012"
                        },
                        "resources": [
                          {
                            "title": "AI Model Release Checklist",
                            "description": "The checks to pass before a model version reaches production.",
                            "url": "/resources/ai-model-release-checklist",
                            "type": "checklist"
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
            "$ref": "#/components/responses/SessionExpired"
          },
          "403": {
            "$ref": "#/components/responses/AccessDenied"
          },
          "404": {
            "$ref": "#/components/responses/AssessmentNotFound"
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
    "/api/assessment/resume": {
      "get": {
        "operationId": "resumeAssessment",
        "summary": "The session's assessment, to resume it",
        "tags": [
          "assessment"
        ],
        "description": "With a valid session: `hasActiveAssessment` is true while its assessment is not\nsubmitted, and `assessment` then holds exactly the answers saved so far, the email\nand `contactInfo` (the company given at start) when known, the current step and\nprogress as save-progress reports them, `startedAt`, `timeElapsed` (seconds since\nstart) and `timeRemaining` (seconds until the session expires). Once submitted,\n`hasActiveAssessment` is false and `assessment` is absent. Reading does not extend\nthe session.\n\nErrors: `401 SESSION_EXPIRED` no, unknown or expired session; `429` more than 20\nreads per hour from one IP.\n",
        "responses": {
          "200": {
            "description": "The session's state (even when it has no active assessment).",
            "headers": {
              "X-Frame-Options": {
                "$ref": "#/components/headers/XFrameOptions"
              },
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/XContentTypeOptions"
              },
              "Referrer-Policy": {
                "$ref": "#/components/headers/ReferrerPolicy"
              },
              "X-XSS-Protection": {
                "$ref": "#/components/headers/XXssProtection"
              },
              "Content-Security-Policy": {
                "$ref": "#/components/headers/ContentSecurityPolicy"
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
              "X-RateLimit-RetryAfter": {
                "$ref": "#/components/headers/XRateLimitRetryAfter"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ResumeAssessmentResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "hasActiveAssessment": true,
                      "assessment": {
                        "assessmentId": "assess_789xyz012",
                        "currentStep": 2,
                        "totalSteps": 4,
                        "responses": {
                          "value_assurance_1": "A",
                          "value_assurance_2": "B",
                          "customer_safe_1": "C"
                        },
                        "email": "ceo@company.com",
                        "progress": {
                          "completed": 2,
                          "percentage": 50
                        },
                        "startedAt": "2025-08-12T10:00:00Z",
                        "timeElapsed": 300,
                        "timeRemaining": 86100,
                        "resumeUrl": "/assessment/step/3"
                      }
                    }
                  },
                  "submitted": {
                    "summary": "The session's assessment was submitted",
                    "value": {
                      "hasActiveAssessment": false
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/SessionExpired"
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
    "/api/health": {
      "get": {
        "operationId": "getHealth",
        "summary": "Status and performance of this API",
        "tags": [
          "health"
        ],
        "security": [],
        "description": "Real figures of this API instance. `uptime`: whole seconds since the instance\nstarted (a reset does not restart it). `performance` covers this API's answers of\nthe last 60 seconds, health checks excluded: `requestsPerMinute` their number,\n`avgResponseTime` their mean duration in ms (0 when there were none),\n`errorRate` the percentage of them with a 5xx status (forced ones included). The\ncounts start over on `POST /__stubs/reset`.\n\n`services`: `database` (the in-memory store) is always `up`; `hubspot` is `down`\nwhile a simulated failure is armed, else `up`; `email` is `up`; `redis` is absent\n(rate limits are counted in memory).\n\n`status`: `unhealthy` when at least 5 answers in the window and an error rate of\n50 % or more, answered with `503` (same body); `degraded` when at least 5 answers\nand an error rate of 10 % or more, or HubSpot is `down`; else `healthy`.\n\nErrors: `429` more than 100 checks per minute from one IP.\n",
        "responses": {
          "200": {
            "description": "Healthy or degraded.",
            "headers": {
              "X-Frame-Options": {
                "$ref": "#/components/headers/XFrameOptions"
              },
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/XContentTypeOptions"
              },
              "Referrer-Policy": {
                "$ref": "#/components/headers/ReferrerPolicy"
              },
              "X-XSS-Protection": {
                "$ref": "#/components/headers/XXssProtection"
              },
              "Content-Security-Policy": {
                "$ref": "#/components/headers/ContentSecurityPolicy"
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
              "X-RateLimit-RetryAfter": {
                "$ref": "#/components/headers/XRateLimitRetryAfter"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HealthResponse"
                },
                "examples": {
                  "prose": {
                    "summary": "The prose's example",
                    "value": {
                      "status": "healthy",
                      "timestamp": "2025-08-12T15:30:00Z",
                      "version": "1.0.0",
                      "uptime": 86400,
                      "services": {
                        "database": "up",
                        "hubspot": "up",
                        "email": "up"
                      },
                      "performance": {
                        "avgResponseTime": 150,
                        "requestsPerMinute": 45,
                        "errorRate": 0.02
                      }
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "503": {
            "description": "Unhealthy: the stub answers the health body with `status` `unhealthy`. The error envelope (`SERVICE_UNAVAILABLE`, as the prose's error table has it) is also allowed, for a server too unwell to report figures; the stub sends it only when forced (`Prefer: code=503, dynamic=true`).",
            "headers": {
              "X-Frame-Options": {
                "$ref": "#/components/headers/XFrameOptions"
              },
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/XContentTypeOptions"
              },
              "Referrer-Policy": {
                "$ref": "#/components/headers/ReferrerPolicy"
              },
              "X-XSS-Protection": {
                "$ref": "#/components/headers/XXssProtection"
              },
              "Content-Security-Policy": {
                "$ref": "#/components/headers/ContentSecurityPolicy"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "oneOf": [
                    {
                      "$ref": "#/components/schemas/HealthResponse"
                    },
                    {
                      "$ref": "#/components/schemas/Error"
                    }
                  ]
                },
                "examples": {
                  "unhealthy": {
                    "summary": "Most answers of the last minute were server errors",
                    "value": {
                      "status": "unhealthy",
                      "timestamp": "2025-08-12T15:30:00Z",
                      "version": "1.0.0",
                      "uptime": 3600,
                      "services": {
                        "database": "up",
                        "hubspot": "up",
                        "email": "up"
                      },
                      "performance": {
                        "avgResponseTime": 2.5,
                        "requestsPerMinute": 6,
                        "errorRate": 83.33
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
    "/api/test/sample-assessment": {
      "get": {
        "operationId": "getSampleAssessment",
        "summary": "The questionnaire and a sample assessment (development only)",
        "tags": [
          "test"
        ],
        "security": [],
        "description": "For UI work: the four categories with their step, weight and questions (every choice\nwith its full text and points), a sample set of answers, and that sample's score as\nsubmit would compute it (the prose's example: 75/70/60/55, total 67, `builder`).\nNothing is stored.\n\nErrors: `404 NOT_FOUND` when test endpoints are off (`--no-test-endpoints`).\n",
        "responses": {
          "200": {
            "description": "The questionnaire and the sample.",
            "headers": {
              "X-Frame-Options": {
                "$ref": "#/components/headers/XFrameOptions"
              },
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/XContentTypeOptions"
              },
              "Referrer-Policy": {
                "$ref": "#/components/headers/ReferrerPolicy"
              },
              "X-XSS-Protection": {
                "$ref": "#/components/headers/XXssProtection"
              },
              "Content-Security-Policy": {
                "$ref": "#/components/headers/ContentSecurityPolicy"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SampleAssessmentResponse"
                },
                "examples": {
                  "sample": {
                    "summary": "Shortened to one category and one question",
                    "value": {
                      "categories": [
                        {
                          "key": "valueAssurance",
                          "name": "Value Assurance",
                          "step": 0,
                          "weight": 0.25,
                          "questions": [
                            {
                              "id": "value_assurance_1",
                              "question": "How do you decide which AI initiatives get funded?",
                              "choices": [
                                {
                                  "choice": "A",
                                  "text": "Every initiative needs a business case with measurable outcomes, reviewed before funding",
                                  "points": 25
                                }
                              ]
                            }
                          ]
                        }
                      ],
                      "sampleResponses": {
                        "value_assurance_1": "A"
                      },
                      "sampleScore": {
                        "totalScore": 67,
                        "scoreBreakdown": {
                          "valueAssurance": 75,
                          "customerSafe": 70,
                          "riskCompliance": 60,
                          "governance": 55
                        },
                        "scoreCategory": "builder",
                        "categoryDescription": "Good foundation in place with specific areas for improvement"
                      }
                    }
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/TestEndpointsOff"
          }
        }
      }
    },
    "/api/test/simulate-hubspot-failure": {
      "post": {
        "operationId": "simulateHubspotFailure",
        "summary": "Make the next HubSpot sync fail (development only)",
        "tags": [
          "test"
        ],
        "security": [],
        "description": "Arms a failure for the next HubSpot sync of this API instance (any session): that\nsubmit answers `hubspotSyncStatus: failed` with a `HUBSPOT_SYNC_FAILED` warning, and\nthe failure is used up. Until then the health check reports `hubspot: down` and\n`degraded`. Calling it again while armed changes nothing; a reset disarms it. Takes\nno body.\n\nErrors: `404 NOT_FOUND` when test endpoints are off (`--no-test-endpoints`).\n",
        "responses": {
          "200": {
            "description": "Armed.",
            "headers": {
              "X-Frame-Options": {
                "$ref": "#/components/headers/XFrameOptions"
              },
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/XContentTypeOptions"
              },
              "Referrer-Policy": {
                "$ref": "#/components/headers/ReferrerPolicy"
              },
              "X-XSS-Protection": {
                "$ref": "#/components/headers/XXssProtection"
              },
              "Content-Security-Policy": {
                "$ref": "#/components/headers/ContentSecurityPolicy"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SimulateHubspotFailureResponse"
                },
                "examples": {
                  "armed": {
                    "summary": "The next sync will fail",
                    "value": {
                      "simulated": true,
                      "message": "The next HubSpot sync will fail."
                    }
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/TestEndpointsOff"
          }
        }
      }
    },
    "/api/test/clear-session": {
      "get": {
        "operationId": "clearSession",
        "summary": "Forget the current session (development only)",
        "tags": [
          "test"
        ],
        "security": [],
        "parameters": [
          {
            "name": "assessment-session",
            "in": "cookie",
            "required": false,
            "description": "The session to forget, if any.",
            "schema": {
              "type": "string",
              "maxLength": 200
            }
          }
        ],
        "description": "Deletes the session named by the `assessment-session` cookie (its assessment stays\nstored but can no longer be reached through it) and expires the cookie\n(`Max-Age=0`), so the next `start` is a fresh flow. `cleared` says whether there was a\nsession to delete. A GET with a side effect, as the prose has it.\n\nErrors: `404 NOT_FOUND` when test endpoints are off (`--no-test-endpoints`).\n",
        "responses": {
          "200": {
            "description": "The session is gone.",
            "headers": {
              "Set-Cookie": {
                "description": "`assessment-session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax`",
                "schema": {
                  "type": "string"
                }
              },
              "X-Frame-Options": {
                "$ref": "#/components/headers/XFrameOptions"
              },
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/XContentTypeOptions"
              },
              "Referrer-Policy": {
                "$ref": "#/components/headers/ReferrerPolicy"
              },
              "X-XSS-Protection": {
                "$ref": "#/components/headers/XXssProtection"
              },
              "Content-Security-Policy": {
                "$ref": "#/components/headers/ContentSecurityPolicy"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ClearSessionResponse"
                },
                "examples": {
                  "cleared": {
                    "summary": "A session was cleared",
                    "value": {
                      "cleared": true
                    }
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/TestEndpointsOff"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "sessionCookie": {
        "type": "apiKey",
        "in": "cookie",
        "name": "assessment-session",
        "description": "The session cookie set by `POST /api/assessment/start`: HTTP-only, `SameSite=Lax`, `Path=/`, `Max-Age=86400`, `Secure` over HTTPS. Its value is the `sessionId`."
      }
    },
    "headers": {
      "XFrameOptions": {
        "description": "Security header, always `DENY`.",
        "schema": {
          "type": "string",
          "const": "DENY"
        }
      },
      "XContentTypeOptions": {
        "description": "Security header, always `nosniff`.",
        "schema": {
          "type": "string",
          "const": "nosniff"
        }
      },
      "ReferrerPolicy": {
        "description": "Security header, always `strict-origin-when-cross-origin`.",
        "schema": {
          "type": "string",
          "const": "strict-origin-when-cross-origin"
        }
      },
      "XXssProtection": {
        "description": "Security header, always `1; mode=block`.",
        "schema": {
          "type": "string",
          "const": "1; mode=block"
        }
      },
      "ContentSecurityPolicy": {
        "description": "Security header, always `default-src 'self'`.",
        "schema": {
          "type": "string",
          "const": "default-src 'self'"
        }
      },
      "XRateLimitLimit": {
        "description": "Requests allowed in the window of the rule that governs this operation.",
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
        "description": "When the window resets, in unix seconds.",
        "schema": {
          "type": "integer"
        }
      },
      "XRateLimitRetryAfter": {
        "description": "Seconds until the window resets.",
        "schema": {
          "type": "integer"
        }
      },
      "RetryAfter": {
        "description": "Seconds to wait before retrying.",
        "schema": {
          "type": "integer"
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request does not match this document; `details.field` names the field.",
        "headers": {
          "X-Frame-Options": {
            "$ref": "#/components/headers/XFrameOptions"
          },
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/XContentTypeOptions"
          },
          "Referrer-Policy": {
            "$ref": "#/components/headers/ReferrerPolicy"
          },
          "X-XSS-Protection": {
            "$ref": "#/components/headers/XXssProtection"
          },
          "Content-Security-Policy": {
            "$ref": "#/components/headers/ContentSecurityPolicy"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "stepOutOfRange": {
                "summary": "A step outside 0–3",
                "value": {
                  "error": {
                    "code": "VALIDATION_ERROR",
                    "message": "body.step: must be <= 3",
                    "details": {
                      "field": "step",
                      "reason": "must be <= 3"
                    },
                    "timestamp": "2025-08-12T10:30:00Z",
                    "requestId": "req_abc123"
                  }
                }
              },
              "unknownField": {
                "summary": "A field that is not in the contract",
                "value": {
                  "error": {
                    "code": "VALIDATION_ERROR",
                    "message": "body.foo: is not allowed",
                    "details": {
                      "field": "foo",
                      "reason": "is not allowed"
                    },
                    "timestamp": "2025-08-12T10:30:00Z",
                    "requestId": "req_abc123"
                  }
                }
              }
            }
          }
        }
      },
      "SubmitBadRequest": {
        "description": "`ASSESSMENT_INCOMPLETE` when a question is unanswered (`details.missingQuestions`), or `VALIDATION_ERROR` when the body does not match this document.",
        "headers": {
          "X-Frame-Options": {
            "$ref": "#/components/headers/XFrameOptions"
          },
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/XContentTypeOptions"
          },
          "Referrer-Policy": {
            "$ref": "#/components/headers/ReferrerPolicy"
          },
          "X-XSS-Protection": {
            "$ref": "#/components/headers/XXssProtection"
          },
          "Content-Security-Policy": {
            "$ref": "#/components/headers/ContentSecurityPolicy"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "incomplete": {
                "summary": "Two questions are still unanswered",
                "value": {
                  "error": {
                    "code": "ASSESSMENT_INCOMPLETE",
                    "message": "Assessment incomplete: 2 of 16 questions unanswered (governance_3, governance_4)",
                    "details": {
                      "missingQuestions": [
                        "governance_3",
                        "governance_4"
                      ]
                    },
                    "timestamp": "2025-08-12T10:30:00Z",
                    "requestId": "req_abc123"
                  }
                }
              },
              "missingCompletionTime": {
                "summary": "completionTime is required",
                "value": {
                  "error": {
                    "code": "VALIDATION_ERROR",
                    "message": "body.completionTime: is required",
                    "details": {
                      "field": "completionTime",
                      "reason": "is required"
                    },
                    "timestamp": "2025-08-12T10:30:00Z",
                    "requestId": "req_abc123"
                  }
                }
              }
            }
          }
        }
      },
      "Unprocessable": {
        "description": "Well-formed answers that are not valid; `details` names the field and the valid values.",
        "headers": {
          "X-Frame-Options": {
            "$ref": "#/components/headers/XFrameOptions"
          },
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/XContentTypeOptions"
          },
          "Referrer-Policy": {
            "$ref": "#/components/headers/ReferrerPolicy"
          },
          "X-XSS-Protection": {
            "$ref": "#/components/headers/XXssProtection"
          },
          "Content-Security-Policy": {
            "$ref": "#/components/headers/ContentSecurityPolicy"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "invalidChoice": {
                "summary": "The prose's example",
                "value": {
                  "error": {
                    "code": "VALIDATION_ERROR",
                    "message": "Invalid responses format",
                    "details": {
                      "field": "responses.value_assurance_1",
                      "reason": "Answer choice 'X' is not valid",
                      "validChoices": [
                        "A",
                        "B",
                        "C",
                        "D",
                        "E"
                      ]
                    },
                    "timestamp": "2025-08-12T10:30:00Z",
                    "requestId": "req_abc123"
                  }
                }
              },
              "unknownQuestion": {
                "summary": "A question of another step",
                "value": {
                  "error": {
                    "code": "VALIDATION_ERROR",
                    "message": "responses.customer_safe_1: not a question of step 0",
                    "details": {
                      "field": "responses.customer_safe_1",
                      "reason": "not a question of step 0",
                      "validQuestions": [
                        "value_assurance_1",
                        "value_assurance_2",
                        "value_assurance_3",
                        "value_assurance_4"
                      ]
                    },
                    "timestamp": "2025-08-12T10:30:00Z",
                    "requestId": "req_abc123"
                  }
                }
              }
            }
          }
        }
      },
      "SessionExpired": {
        "description": "No `assessment-session` cookie, an unknown one, or an expired session.",
        "headers": {
          "X-Frame-Options": {
            "$ref": "#/components/headers/XFrameOptions"
          },
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/XContentTypeOptions"
          },
          "Referrer-Policy": {
            "$ref": "#/components/headers/ReferrerPolicy"
          },
          "X-XSS-Protection": {
            "$ref": "#/components/headers/XXssProtection"
          },
          "Content-Security-Policy": {
            "$ref": "#/components/headers/ContentSecurityPolicy"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "expired": {
                "summary": "The session expired or does not exist",
                "value": {
                  "error": {
                    "code": "SESSION_EXPIRED",
                    "message": "cookie.assessment-session: the session expired or does not exist; start a new assessment",
                    "timestamp": "2025-08-12T10:30:00Z",
                    "requestId": "req_abc123"
                  }
                }
              }
            }
          }
        }
      },
      "AccessDenied": {
        "description": "The assessment belongs to another session.",
        "headers": {
          "X-Frame-Options": {
            "$ref": "#/components/headers/XFrameOptions"
          },
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/XContentTypeOptions"
          },
          "Referrer-Policy": {
            "$ref": "#/components/headers/ReferrerPolicy"
          },
          "X-XSS-Protection": {
            "$ref": "#/components/headers/XXssProtection"
          },
          "Content-Security-Policy": {
            "$ref": "#/components/headers/ContentSecurityPolicy"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "otherSession": {
                "summary": "Another session's results",
                "value": {
                  "error": {
                    "code": "ACCESS_DENIED",
                    "message": "Assessment assess_789xyz012 belongs to another session",
                    "timestamp": "2025-08-12T10:30:00Z",
                    "requestId": "req_abc123"
                  }
                }
              }
            }
          }
        }
      },
      "AssessmentNotFound": {
        "description": "No such assessment, or (for results) it is not submitted yet.",
        "headers": {
          "X-Frame-Options": {
            "$ref": "#/components/headers/XFrameOptions"
          },
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/XContentTypeOptions"
          },
          "Referrer-Policy": {
            "$ref": "#/components/headers/ReferrerPolicy"
          },
          "X-XSS-Protection": {
            "$ref": "#/components/headers/XXssProtection"
          },
          "Content-Security-Policy": {
            "$ref": "#/components/headers/ContentSecurityPolicy"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "notFound": {
                "summary": "Unknown or unfinished assessment",
                "value": {
                  "error": {
                    "code": "ASSESSMENT_NOT_FOUND",
                    "message": "Assessment not found or not completed: assess_789xyz012",
                    "timestamp": "2025-08-12T10:30:00Z",
                    "requestId": "req_abc123"
                  }
                }
              }
            }
          }
        }
      },
      "TestEndpointsOff": {
        "description": "Test endpoints are off (`--no-test-endpoints`).",
        "headers": {
          "X-Frame-Options": {
            "$ref": "#/components/headers/XFrameOptions"
          },
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/XContentTypeOptions"
          },
          "Referrer-Policy": {
            "$ref": "#/components/headers/ReferrerPolicy"
          },
          "X-XSS-Protection": {
            "$ref": "#/components/headers/XXssProtection"
          },
          "Content-Security-Policy": {
            "$ref": "#/components/headers/ContentSecurityPolicy"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "off": {
                "summary": "The server runs with --no-test-endpoints",
                "value": {
                  "error": {
                    "code": "NOT_FOUND",
                    "message": "Test endpoints are disabled (--no-test-endpoints): GET /api/test/sample-assessment",
                    "timestamp": "2025-08-12T10:30:00Z",
                    "requestId": "req_abc123"
                  }
                }
              }
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The request body is larger than 1 MiB.",
        "headers": {
          "X-Frame-Options": {
            "$ref": "#/components/headers/XFrameOptions"
          },
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/XContentTypeOptions"
          },
          "Referrer-Policy": {
            "$ref": "#/components/headers/ReferrerPolicy"
          },
          "X-XSS-Protection": {
            "$ref": "#/components/headers/XXssProtection"
          },
          "Content-Security-Policy": {
            "$ref": "#/components/headers/ContentSecurityPolicy"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "tooLarge": {
                "summary": "A body over the 1 MiB cap",
                "value": {
                  "error": {
                    "code": "VALIDATION_ERROR",
                    "message": "body: is larger than 1 MiB",
                    "details": {
                      "field": "body",
                      "reason": "is larger than 1 MiB"
                    },
                    "timestamp": "2025-08-12T10:30:00Z",
                    "requestId": "req_abc123"
                  }
                }
              }
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "The request body is not `application/json`.",
        "headers": {
          "X-Frame-Options": {
            "$ref": "#/components/headers/XFrameOptions"
          },
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/XContentTypeOptions"
          },
          "Referrer-Policy": {
            "$ref": "#/components/headers/ReferrerPolicy"
          },
          "X-XSS-Protection": {
            "$ref": "#/components/headers/XXssProtection"
          },
          "Content-Security-Policy": {
            "$ref": "#/components/headers/ContentSecurityPolicy"
          }
        },
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
                    "code": "VALIDATION_ERROR",
                    "message": "header.content-type: application/x-www-form-urlencoded is not supported; use application/json",
                    "details": {
                      "field": "header.content-type",
                      "reason": "application/x-www-form-urlencoded is not supported; use application/json"
                    },
                    "timestamp": "2025-08-12T10:30:00Z",
                    "requestId": "req_abc123"
                  }
                }
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "A rate limit is spent; `retryAfter` says for how many seconds.",
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
          "X-RateLimit-RetryAfter": {
            "$ref": "#/components/headers/XRateLimitRetryAfter"
          },
          "X-Frame-Options": {
            "$ref": "#/components/headers/XFrameOptions"
          },
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/XContentTypeOptions"
          },
          "Referrer-Policy": {
            "$ref": "#/components/headers/ReferrerPolicy"
          },
          "X-XSS-Protection": {
            "$ref": "#/components/headers/XXssProtection"
          },
          "Content-Security-Policy": {
            "$ref": "#/components/headers/ContentSecurityPolicy"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "startLimit": {
                "summary": "The eleventh start within an hour",
                "value": {
                  "error": {
                    "code": "RATE_LIMIT_EXCEEDED",
                    "message": "Rate limit of 10 requests per hour exceeded; retry after 3600 s",
                    "timestamp": "2025-08-12T10:30:00Z",
                    "requestId": "req_abc123",
                    "retryAfter": 3600
                  }
                }
              }
            }
          }
        }
      },
      "InternalError": {
        "description": "An unexpected failure of the stub; otherwise only on request (`Prefer: code=500`).",
        "headers": {
          "X-Frame-Options": {
            "$ref": "#/components/headers/XFrameOptions"
          },
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/XContentTypeOptions"
          },
          "Referrer-Policy": {
            "$ref": "#/components/headers/ReferrerPolicy"
          },
          "X-XSS-Protection": {
            "$ref": "#/components/headers/XXssProtection"
          },
          "Content-Security-Policy": {
            "$ref": "#/components/headers/ContentSecurityPolicy"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "database": {
                "summary": "A store operation failed",
                "value": {
                  "error": {
                    "code": "DATABASE_ERROR",
                    "message": "Internal Server Error",
                    "timestamp": "2025-08-12T10:30:00Z",
                    "requestId": "req_abc123"
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
        "description": "The error envelope of every error answer.",
        "additionalProperties": false,
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "code",
              "message",
              "timestamp",
              "requestId"
            ],
            "properties": {
              "code": {
                "$ref": "#/components/schemas/ErrorCode"
              },
              "message": {
                "type": "string",
                "description": "Human-readable; names the offending field where there is one."
              },
              "details": {
                "$ref": "#/components/schemas/ErrorDetails"
              },
              "timestamp": {
                "type": "string",
                "format": "date-time"
              },
              "requestId": {
                "type": "string",
                "description": "For support and debugging (`req_…`)."
              },
              "retryAfter": {
                "type": "integer",
                "minimum": 1,
                "description": "Seconds before retrying; rate limits only."
              }
            }
          }
        }
      },
      "ErrorCode": {
        "type": "string",
        "description": "Machine-readable error code (see the table in `info.description`).",
        "enum": [
          "VALIDATION_ERROR",
          "ASSESSMENT_INCOMPLETE",
          "SESSION_EXPIRED",
          "ACCESS_DENIED",
          "ASSESSMENT_NOT_FOUND",
          "NOT_FOUND",
          "METHOD_NOT_ALLOWED",
          "RATE_LIMIT_EXCEEDED",
          "DATABASE_ERROR",
          "SERVICE_UNAVAILABLE"
        ]
      },
      "ErrorDetails": {
        "type": "object",
        "description": "Additional context; which fields appear depends on the code.",
        "additionalProperties": false,
        "properties": {
          "field": {
            "type": "string",
            "description": "The offending field: `step`, `responses.value_assurance_1`, `header.content-type`."
          },
          "reason": {
            "type": "string"
          },
          "validChoices": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Choice"
            }
          },
          "validQuestions": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "missingQuestions": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "Choice": {
        "type": "string",
        "enum": [
          "A",
          "B",
          "C",
          "D",
          "E"
        ],
        "description": "An answer choice."
      },
      "Responses": {
        "type": "object",
        "description": "Question id → answer choice (`A`–`E`); checked against the questionnaire (422 otherwise).",
        "maxProperties": 50,
        "propertyNames": {
          "maxLength": 100
        },
        "additionalProperties": {
          "type": "string",
          "maxLength": 100
        }
      },
      "ContactInfo": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "firstName": {
            "type": "string",
            "maxLength": 200
          },
          "lastName": {
            "type": "string",
            "maxLength": 200
          },
          "company": {
            "type": "string",
            "maxLength": 200
          },
          "phone": {
            "type": "string",
            "maxLength": 50
          }
        }
      },
      "StartAssessmentRequest": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "email": {
            "type": "string",
            "format": "email",
            "maxLength": 320,
            "description": "Optional email for follow-up."
          },
          "company": {
            "type": "string",
            "maxLength": 200
          },
          "referrer": {
            "type": "string",
            "maxLength": 2000,
            "description": "Where the user came from."
          },
          "browserInfo": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "userAgent",
              "viewport"
            ],
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
              }
            }
          }
        }
      },
      "StartAssessmentResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "sessionId",
          "assessmentId",
          "currentStep",
          "totalSteps",
          "expiresAt",
          "resumeUrl"
        ],
        "properties": {
          "sessionId": {
            "type": "string",
            "pattern": "^sess_[a-z0-9]+$"
          },
          "assessmentId": {
            "type": "string",
            "pattern": "^assess_[a-z0-9]+$"
          },
          "currentStep": {
            "type": "integer",
            "const": 0
          },
          "totalSteps": {
            "type": "integer",
            "const": 4
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time"
          },
          "resumeUrl": {
            "type": "string"
          }
        }
      },
      "SaveProgressRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "step",
          "responses"
        ],
        "properties": {
          "step": {
            "type": "integer",
            "minimum": 0,
            "maximum": 3,
            "description": "The step these answers belong to (0-based)."
          },
          "responses": {
            "$ref": "#/components/schemas/Responses"
          },
          "email": {
            "type": "string",
            "format": "email",
            "maxLength": 320
          },
          "timeSpent": {
            "type": "integer",
            "minimum": 0,
            "description": "Seconds spent on this step."
          }
        }
      },
      "Progress": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "completed",
          "total",
          "percentage"
        ],
        "properties": {
          "completed": {
            "type": "integer",
            "minimum": 0,
            "maximum": 4
          },
          "total": {
            "type": "integer",
            "const": 4
          },
          "percentage": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100
          }
        }
      },
      "SaveProgressResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "saved",
          "currentStep",
          "nextStep",
          "canProceed",
          "progress"
        ],
        "properties": {
          "saved": {
            "type": "boolean",
            "const": true
          },
          "currentStep": {
            "type": "integer",
            "minimum": 0,
            "maximum": 3
          },
          "nextStep": {
            "oneOf": [
              {
                "type": "integer",
                "minimum": 0,
                "maximum": 3
              },
              {
                "type": "null"
              }
            ]
          },
          "canProceed": {
            "type": "boolean"
          },
          "progress": {
            "$ref": "#/components/schemas/Progress"
          },
          "validationErrors": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "SubmitAssessmentRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "completionTime"
        ],
        "properties": {
          "finalResponses": {
            "$ref": "#/components/schemas/Responses"
          },
          "completionTime": {
            "type": "integer",
            "minimum": 0,
            "description": "Total time in seconds."
          },
          "contactInfo": {
            "$ref": "#/components/schemas/ContactInfo"
          },
          "feedback": {
            "type": "string",
            "maxLength": 5000
          }
        }
      },
      "ScoreBreakdown": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "valueAssurance",
          "customerSafe",
          "riskCompliance",
          "governance"
        ],
        "properties": {
          "valueAssurance": {
            "$ref": "#/components/schemas/Score"
          },
          "customerSafe": {
            "$ref": "#/components/schemas/Score"
          },
          "riskCompliance": {
            "$ref": "#/components/schemas/Score"
          },
          "governance": {
            "$ref": "#/components/schemas/Score"
          }
        }
      },
      "Score": {
        "type": "integer",
        "minimum": 0,
        "maximum": 100
      },
      "ScoreCategory": {
        "type": "string",
        "enum": [
          "champion",
          "builder",
          "risk_zone",
          "alert",
          "crisis"
        ],
        "description": "The band: champion 85–100, builder 65–84, risk_zone 45–64, alert 25–44, crisis 0–24."
      },
      "CategoryKey": {
        "type": "string",
        "enum": [
          "valueAssurance",
          "customerSafe",
          "riskCompliance",
          "governance"
        ]
      },
      "Priority": {
        "type": "string",
        "enum": [
          "high",
          "medium",
          "low"
        ]
      },
      "Recommendation": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "category",
          "priority",
          "title",
          "description",
          "actionItems"
        ],
        "properties": {
          "category": {
            "$ref": "#/components/schemas/CategoryKey"
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "actionItems": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "DetailedRecommendation": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "category",
          "priority",
          "title",
          "description",
          "actionItems",
          "estimatedImpact",
          "timeToImplement"
        ],
        "properties": {
          "category": {
            "$ref": "#/components/schemas/CategoryKey"
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "actionItems": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "estimatedImpact": {
            "type": "string",
            "description": "Expected improvement."
          },
          "timeToImplement": {
            "type": "string",
            "description": "Implementation timeline."
          }
        }
      },
      "Warning": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "code",
          "message"
        ],
        "description": "A non-critical failure; the request itself succeeded.",
        "properties": {
          "code": {
            "type": "string",
            "enum": [
              "HUBSPOT_SYNC_FAILED",
              "EMAIL_DELIVERY_FAILED"
            ]
          },
          "message": {
            "type": "string"
          }
        }
      },
      "HubspotSyncStatus": {
        "type": "string",
        "enum": [
          "synced",
          "pending",
          "failed",
          "skipped"
        ]
      },
      "EmailDeliveryStatus": {
        "type": "string",
        "enum": [
          "sent",
          "pending",
          "failed",
          "skipped"
        ]
      },
      "SubmitAssessmentResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "assessmentId",
          "completed",
          "totalScore",
          "scoreBreakdown",
          "scoreCategory",
          "categoryDescription",
          "recommendations",
          "resultsUrl",
          "hubspotSyncStatus",
          "emailDeliveryStatus",
          "qualifiedForBriefing"
        ],
        "properties": {
          "assessmentId": {
            "type": "string"
          },
          "completed": {
            "type": "boolean",
            "const": true
          },
          "totalScore": {
            "$ref": "#/components/schemas/Score"
          },
          "scoreBreakdown": {
            "$ref": "#/components/schemas/ScoreBreakdown"
          },
          "scoreCategory": {
            "$ref": "#/components/schemas/ScoreCategory"
          },
          "categoryDescription": {
            "type": "string"
          },
          "recommendations": {
            "type": "array",
            "maxItems": 2,
            "items": {
              "$ref": "#/components/schemas/Recommendation"
            }
          },
          "resultsUrl": {
            "type": "string"
          },
          "hubspotSyncStatus": {
            "$ref": "#/components/schemas/HubspotSyncStatus"
          },
          "emailDeliveryStatus": {
            "$ref": "#/components/schemas/EmailDeliveryStatus"
          },
          "qualifiedForBriefing": {
            "type": "boolean"
          },
          "warnings": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Warning"
            }
          }
        }
      },
      "QuestionResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "question",
          "answer",
          "answerText",
          "points",
          "maxPoints"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "question": {
            "type": "string"
          },
          "answer": {
            "$ref": "#/components/schemas/Choice"
          },
          "answerText": {
            "type": "string"
          },
          "points": {
            "type": "integer",
            "minimum": 0,
            "maximum": 25
          },
          "maxPoints": {
            "type": "integer",
            "const": 25
          }
        }
      },
      "CategoryResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "score",
          "weight",
          "questions"
        ],
        "properties": {
          "score": {
            "$ref": "#/components/schemas/Score"
          },
          "weight": {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "description": "The category's weight in the total (0.25, 0.35, 0.25, 0.15)."
          },
          "questions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/QuestionResult"
            }
          }
        }
      },
      "Resource": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "description",
          "url",
          "type"
        ],
        "properties": {
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "url": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "enum": [
              "guide",
              "template",
              "checklist"
            ]
          }
        }
      },
      "AssessmentResultsResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "assessmentId",
          "completedAt",
          "totalScore",
          "scoreBreakdown",
          "scoreCategory",
          "categoryDescription",
          "recommendations",
          "benchmarks",
          "nextSteps"
        ],
        "properties": {
          "assessmentId": {
            "type": "string"
          },
          "completedAt": {
            "type": "string",
            "format": "date-time"
          },
          "totalScore": {
            "$ref": "#/components/schemas/Score"
          },
          "scoreBreakdown": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "valueAssurance",
              "customerSafe",
              "riskCompliance",
              "governance"
            ],
            "properties": {
              "valueAssurance": {
                "$ref": "#/components/schemas/CategoryResult"
              },
              "customerSafe": {
                "$ref": "#/components/schemas/CategoryResult"
              },
              "riskCompliance": {
                "$ref": "#/components/schemas/CategoryResult"
              },
              "governance": {
                "$ref": "#/components/schemas/CategoryResult"
              }
            }
          },
          "scoreCategory": {
            "$ref": "#/components/schemas/ScoreCategory"
          },
          "categoryDescription": {
            "type": "string"
          },
          "recommendations": {
            "type": "array",
            "maxItems": 2,
            "items": {
              "$ref": "#/components/schemas/DetailedRecommendation"
            }
          },
          "benchmarks": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "industryAverage": {
                "type": "number"
              },
              "percentile": {
                "type": "integer",
                "minimum": 0,
                "maximum": 100
              },
              "similarCompanies": {
                "type": "integer",
                "minimum": 0
              }
            }
          },
          "nextSteps": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "resources"
            ],
            "properties": {
              "briefingCta": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "title",
                  "description",
                  "buttonText",
                  "url"
                ],
                "properties": {
                  "title": {
                    "type": "string"
                  },
                  "description": {
                    "type": "string"
                  },
                  "buttonText": {
                    "type": "string"
                  },
                  "url": {
                    "type": "string"
                  }
                }
              },
              "resources": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Resource"
                }
              }
            }
          },
          "warnings": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Warning"
            }
          }
        }
      },
      "ResumeAssessmentResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "hasActiveAssessment"
        ],
        "properties": {
          "hasActiveAssessment": {
            "type": "boolean"
          },
          "assessment": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "assessmentId",
              "currentStep",
              "totalSteps",
              "responses",
              "progress",
              "startedAt",
              "timeElapsed",
              "timeRemaining",
              "resumeUrl"
            ],
            "properties": {
              "assessmentId": {
                "type": "string"
              },
              "currentStep": {
                "type": "integer",
                "minimum": 0,
                "maximum": 3
              },
              "totalSteps": {
                "type": "integer",
                "const": 4
              },
              "responses": {
                "type": "object",
                "additionalProperties": {
                  "$ref": "#/components/schemas/Choice"
                }
              },
              "email": {
                "type": "string"
              },
              "contactInfo": {
                "$ref": "#/components/schemas/ContactInfo"
              },
              "progress": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "completed",
                  "percentage"
                ],
                "properties": {
                  "completed": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 4
                  },
                  "percentage": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 100
                  }
                }
              },
              "startedAt": {
                "type": "string",
                "format": "date-time"
              },
              "timeElapsed": {
                "type": "integer",
                "minimum": 0
              },
              "timeRemaining": {
                "type": "integer",
                "minimum": 0
              },
              "resumeUrl": {
                "type": "string"
              }
            }
          }
        }
      },
      "HealthResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "status",
          "timestamp",
          "version",
          "uptime",
          "services",
          "performance"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "healthy",
              "degraded",
              "unhealthy"
            ]
          },
          "timestamp": {
            "type": "string",
            "format": "date-time"
          },
          "version": {
            "type": "string"
          },
          "uptime": {
            "type": "integer",
            "minimum": 0,
            "description": "Seconds since this API instance started."
          },
          "services": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "database",
              "hubspot",
              "email"
            ],
            "properties": {
              "database": {
                "type": "string",
                "enum": [
                  "up",
                  "down",
                  "slow"
                ]
              },
              "hubspot": {
                "type": "string",
                "enum": [
                  "up",
                  "down",
                  "rate_limited"
                ]
              },
              "email": {
                "type": "string",
                "enum": [
                  "up",
                  "down",
                  "degraded"
                ]
              },
              "redis": {
                "type": "string",
                "enum": [
                  "up",
                  "down"
                ]
              }
            }
          },
          "performance": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "avgResponseTime",
              "requestsPerMinute",
              "errorRate"
            ],
            "properties": {
              "avgResponseTime": {
                "type": "number",
                "minimum": 0,
                "description": "Mean duration of the last minute's answers, in ms."
              },
              "requestsPerMinute": {
                "type": "integer",
                "minimum": 0
              },
              "errorRate": {
                "type": "number",
                "minimum": 0,
                "maximum": 100,
                "description": "Percentage of the last minute's answers with a 5xx status."
              }
            }
          }
        }
      },
      "QuestionnaireCategory": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "key",
          "name",
          "step",
          "weight",
          "questions"
        ],
        "properties": {
          "key": {
            "$ref": "#/components/schemas/CategoryKey"
          },
          "name": {
            "type": "string"
          },
          "step": {
            "type": "integer",
            "minimum": 0,
            "maximum": 3
          },
          "weight": {
            "type": "number"
          },
          "questions": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "id",
                "question",
                "choices"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "question": {
                  "type": "string"
                },
                "choices": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "choice",
                      "text",
                      "points"
                    ],
                    "properties": {
                      "choice": {
                        "$ref": "#/components/schemas/Choice"
                      },
                      "text": {
                        "type": "string"
                      },
                      "points": {
                        "type": "integer",
                        "minimum": 0,
                        "maximum": 25
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "SampleAssessmentResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "categories",
          "sampleResponses",
          "sampleScore"
        ],
        "properties": {
          "categories": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/QuestionnaireCategory"
            }
          },
          "sampleResponses": {
            "type": "object",
            "additionalProperties": {
              "$ref": "#/components/schemas/Choice"
            }
          },
          "sampleScore": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "totalScore",
              "scoreBreakdown",
              "scoreCategory",
              "categoryDescription"
            ],
            "properties": {
              "totalScore": {
                "$ref": "#/components/schemas/Score"
              },
              "scoreBreakdown": {
                "$ref": "#/components/schemas/ScoreBreakdown"
              },
              "scoreCategory": {
                "$ref": "#/components/schemas/ScoreCategory"
              },
              "categoryDescription": {
                "type": "string"
              }
            }
          }
        }
      },
      "SimulateHubspotFailureResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "simulated",
          "message"
        ],
        "properties": {
          "simulated": {
            "type": "boolean",
            "const": true
          },
          "message": {
            "type": "string"
          }
        }
      },
      "ClearSessionResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "cleared"
        ],
        "properties": {
          "cleared": {
            "type": "boolean"
          }
        }
      }
    }
  }
};
