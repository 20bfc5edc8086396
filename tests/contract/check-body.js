#!/usr/bin/env node
// Checks a request body of the sync clients where no mock server can:
//
//   check-body.js envelope SPEC BODY...  DocuSign eSignature v2.1 `envelopeDefinition` (SPEC is
//                                        the official swagger file) plus CONTRACTS.md's rules
//   check-body.js reservation BODY...    the number reservation of CONTRACTS.md (project-defined)
//
// Prints one line per violation, "BODY: path: what is wrong" (never a value), and exits 1; exits
// 0 when every body keeps every rule, 2 when it cannot check (usage, unreadable file).
'use strict';

const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

function fail(message) {
    process.stderr.write(`check-body: ${message}\n`);
    process.exit(2);
}

function readJson(file) {
    try {
        return JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
        fail(`cannot read ${file}: ${e.message}`);
    }
}

function pathOf(instancePath) {
    return '$' + instancePath.replace(/\/(\d+)(?=\/|$)/g, '[$1]').replace(/\//g, '.');
}

function ajvProblems(validate, body) {
    if (validate(body))
        return [];
    return validate.errors.map((e) => {
        const extra = e.params && e.params.additionalProperty;
        return `${pathOf(e.instancePath)}: ${e.message}` + (extra ? ` (${extra})` : '');
    });
}

// ---- DocuSign ---------------------------------------------------------------------------------

// The published definitions never set additionalProperties: false, so a misspelt member would
// pass any schema check and be ignored by DocuSign. Report every member the definitions do not
// declare.
function undeclaredMembers(definitions, value, schema, path, out, depth = 0) {
    if (depth > 64)
        return;
    for (let guard = 0; schema && schema.$ref && guard < 32; ++guard) {
        const name = schema.$ref.replace('#/definitions/', '');
        schema = definitions[name];
    }
    if (!schema)
        return;
    if (Array.isArray(value)) {
        if (schema.items)
            value.forEach((v, i) =>
                undeclaredMembers(definitions, v, schema.items, `${path}[${i}]`, out, depth + 1));
        return;
    }
    if (value === null || typeof value !== 'object')
        return;
    const declared = Object.assign({}, schema.properties || {});
    for (const part of schema.allOf || []) {
        let p = part;
        while (p && p.$ref)
            p = definitions[p.$ref.replace('#/definitions/', '')];
        Object.assign(declared, (p && p.properties) || {});
    }
    const additional = schema.additionalProperties;
    for (const key of Object.keys(value)) {
        if (key in declared)
            undeclaredMembers(definitions, value[key], declared[key], `${path}.${key}`, out,
                              depth + 1);
        else if (additional && typeof additional === 'object')
            undeclaredMembers(definitions, value[key], additional, `${path}.${key}`, out,
                              depth + 1);
        else if (additional !== true)
            out.push(`${path}.${key}: not a member the spec declares`);
    }
}

// CONTRACTS.md, "E-signature": the limits and values the schema only describes in prose.
function envelopeRules(body) {
    const out = [];
    const text = (v) => typeof v === 'string' && v.trim().length > 0;
    const atMost = (v, n, path) => {
        if (typeof v === 'string' && [...v].length > n)
            out.push(`${path}: longer than ${n} characters`);
    };
    if (!text(body.emailSubject))
        out.push('$.emailSubject: missing');
    atMost(body.emailSubject, 100, '$.emailSubject');
    if (!['sent', 'created'].includes(body.status))
        out.push('$.status: must be "sent" or "created"');
    const docs = Array.isArray(body.documents) ? body.documents : [];
    if (docs.length === 0)
        out.push('$.documents: no document');
    const ids = new Set();
    docs.forEach((d, i) => {
        const p = `$.documents[${i}]`;
        for (const key of ['documentBase64', 'documentId', 'name', 'fileExtension'])
            if (!text(d[key]))
                out.push(`${p}.${key}: missing`);
        if (d.fileExtension !== undefined && d.fileExtension !== 'pdf')
            out.push(`${p}.fileExtension: must be "pdf"`);
        if (text(d.documentBase64) &&
            !Buffer.from(d.documentBase64, 'base64').subarray(0, 4).equals(Buffer.from('%PDF')))
            out.push(`${p}.documentBase64: not a base64 PDF`);
        if (ids.has(d.documentId))
            out.push(`${p}.documentId: not unique`);
        ids.add(d.documentId);
    });
    const signers = (body.recipients && body.recipients.signers) || [];
    if (!Array.isArray(signers) || signers.length === 0)
        out.push('$.recipients.signers: no signer');
    (Array.isArray(signers) ? signers : []).forEach((s, i) => {
        const p = `$.recipients.signers[${i}]`;
        for (const key of ['email', 'name', 'recipientId', 'routingOrder'])
            if (!text(s[key]))
                out.push(`${p}.${key}: missing`);
        atMost(s.email, 100, `${p}.email`);
        atMost(s.name, 100, `${p}.name`);
        const tabs = s.tabs || {};
        for (const key of ['signHereTabs', 'dateSignedTabs']) {
            const list = tabs[key];
            if (!Array.isArray(list) || list.length === 0)
                out.push(`${p}.tabs.${key}: none`);
            else
                list.forEach((t, k) => {
                    const tp = `${p}.tabs.${key}[${k}]`;
                    if (!text(t.anchorString))
                        out.push(`${tp}.anchorString: missing`);
                    // signHere: "signature" (the default) or "stamp", a company stamp.
                    if (t.stampType !== undefined && !['signature', 'stamp'].includes(t.stampType))
                        out.push(`${tp}.stampType: must be "signature" or "stamp"`);
                    if (t.anchorIgnoreIfNotPresent !== undefined &&
                        !['true', 'false'].includes(t.anchorIgnoreIfNotPresent))
                        out.push(`${tp}.anchorIgnoreIfNotPresent: must be "true" or "false"`);
                    // DocuSign fails an envelope whose anchor is missing unless the tab says to
                    // ignore that. The stamp box is printed only on the forms of countries that
                    // need a stamp, never in the contract: its tab must say so.
                    if (t.stampType === 'stamp' && t.anchorIgnoreIfNotPresent !== 'true')
                        out.push(`${tp}.anchorIgnoreIfNotPresent: a stamp tab's anchor is not ` +
                                 'in every document: must be "true"');
                });
        }
    });
    const custom = (body.customFields && body.customFields.textCustomFields) || [];
    (Array.isArray(custom) ? custom : []).forEach((f, i) => {
        const p = `$.customFields.textCustomFields[${i}]`;
        if (!text(f.name))
            out.push(`${p}.name: missing`);
        atMost(f.value, 100, `${p}.value`);
    });
    return out;
}

let envelopeCheck = null;

function checkEnvelope(specFile, body) {
    if (!envelopeCheck)
        envelopeCheck = envelopeValidator(specFile);
    return envelopeCheck(body);
}

function envelopeValidator(specFile) {
    const spec = readJson(specFile);
    const definitions = spec.definitions || {};
    if (!definitions.envelopeDefinition)
        fail(`${specFile} has no envelopeDefinition`);
    // The file refers to a definition it does not contain (used by notary and witness
    // recipients only): an open schema stands in for it, in memory.
    if (!definitions.offlineAttributes)
        definitions.offlineAttributes = { type: 'object' };
    // Swagger 2.0 definitions are JSON Schema draft 4 with vendor keywords (x-ds-...) and
    // formats (int32, double): not strict about the keywords, strict about the formats.
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'docusign', definitions });
    const validate = ajv.getSchema('docusign#/definitions/envelopeDefinition');
    return (body) => {
        const problems = ajvProblems(validate, body);
        undeclaredMembers(definitions, body, definitions.envelopeDefinition, '$', problems);
        return problems.concat(envelopeRules(body));
    };
}

// ---- Number reservation -----------------------------------------------------------------------

// CONTRACTS.md, "Number reservation": exactly the members of its example.
const reservationSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['reservationItem'],
    properties: {
        relatedParty: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', '@referredType', 'role'],
                properties: {
                    id: { type: 'string', minLength: 1 },
                    '@referredType': { const: 'Organization' },
                    role: { const: 'customer' },
                },
            },
        },
        reservationItem: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['quantity', 'place', 'characteristic'],
                properties: {
                    quantity: { type: 'integer', minimum: 1 },
                    place: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['id'],
                        properties: { id: { type: 'string', minLength: 1 } },
                    },
                    characteristic: {
                        type: 'array',
                        items: {
                            type: 'object',
                            additionalProperties: false,
                            required: ['name', 'value'],
                            properties: {
                                name: { enum: ['country', 'areaCode', 'usage'] },
                                value: { type: 'string' },
                            },
                        },
                    },
                },
            },
        },
    },
};

function checkReservation(body) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    const problems = ajvProblems(ajv.compile(reservationSchema), body);
    const items = Array.isArray(body.reservationItem) ? body.reservationItem : [];
    const usages = [];
    items.forEach((item, i) => {
        const p = `$.reservationItem[${i}].characteristic`;
        const list = Array.isArray(item.characteristic) ? item.characteristic : [];
        const value = {};
        for (const c of list) {
            if (c && typeof c.name === 'string') {
                if (c.name in value)
                    problems.push(`${p}: ${c.name} given twice`);
                value[c.name] = c.value;
            }
        }
        for (const name of ['country', 'areaCode', 'usage'])
            if (!(name in value))
                problems.push(`${p}: no ${name}`);
        if ('country' in value && !/^[A-Z]{2}$/.test(value.country))
            problems.push(`${p}: country is not an ISO 3166-1 alpha-2 code`);
        if ('areaCode' in value && !/^[0-9]*$/.test(value.areaCode))
            problems.push(`${p}: areaCode is not digits`);
        if ('usage' in value && !['user', 'resourceAccount'].includes(value.usage))
            problems.push(`${p}: usage is not user or resourceAccount`);
        usages.push(value.usage);
    });
    if (new Set(usages).size !== usages.length)
        problems.push('$.reservationItem: one usage in two items');
    return problems;
}

// ---- main -------------------------------------------------------------------------------------

const [kind, ...args] = process.argv.slice(2);
let check;
let bodies;
if (kind === 'envelope' && args.length >= 2) {
    const spec = args[0];
    check = (body) => checkEnvelope(spec, body);
    bodies = args.slice(1);
} else if (kind === 'reservation' && args.length >= 1) {
    check = checkReservation;
    bodies = args;
} else {
    fail('usage: check-body.js envelope SPEC BODY... | check-body.js reservation BODY...');
}

let count = 0;
for (const file of bodies) {
    for (const p of check(readJson(file))) {
        process.stdout.write(`${path.basename(file)}: ${p}\n`);
        ++count;
    }
}
process.exit(count === 0 ? 0 : 1);
