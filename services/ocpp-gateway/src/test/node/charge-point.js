'use strict';
// A charge point made of ocpp-rpc in strict mode (every frame in and out is checked against the OCA
// schemas), driven by OcppRpcInteropIT.
//
//   node charge-point.js <ws-base-url> <identity> <ocpp1.6|ocpp2.0.1>
//
// Runs boot, heartbeat, status, authorize and a whole transaction with meter values, prints
// "READY <json>", then answers the CSMS's calls (printing "CALL <method> <params>") until stdin
// closes. Exits 0 only if nothing failed validation and every call went as expected.
const { RPCClient } = require('ocpp-rpc');

const [endpoint, identity, protocol] = process.argv.slice(2);
const failures = [];
const fail = (what) => {
    failures.push(what);
    console.log('FAILURE ' + what);
};
const now = () => new Date().toISOString();
const expect = (what, condition) => {
    if (!condition) {
        fail(what);
    }
};

const client = new RPCClient({
    endpoint,
    identity,
    protocols: [protocol],
    strictMode: true,
    reconnect: false,
    callTimeoutMs: 20000,
});

client.on('strictValidationFailure', (event) => {
    fail(`strict validation (${event.outbound ? 'outbound' : 'inbound'} ${event.isCall ? 'call' : 'result'} `
        + `${event.method}): ${event.error && event.error.message}`);
});

function answer(method, result) {
    client.handle(method, ({ params }) => {
        console.log('CALL ' + method + ' ' + JSON.stringify(params));
        return typeof result === 'function' ? result(params) : result;
    });
}

client.handle(({ method }) => {
    fail('unexpected call ' + method);
    throw new Error('not implemented here: ' + method);
});

const accepted = { status: 'Accepted' };

function handlers16() {
    answer('RemoteStartTransaction', accepted);
    answer('RemoteStopTransaction', accepted);
    answer('Reset', accepted);
    answer('UnlockConnector', { status: 'Unlocked' });
    answer('ChangeAvailability', accepted);
    answer('ReserveNow', accepted);
    answer('CancelReservation', accepted);
    answer('TriggerMessage', accepted);
    answer('UpdateFirmware', {});
    answer('SendLocalList', accepted);
    answer('GetConfiguration', (params) => ({
        configurationKey: (params.key || ['HeartbeatInterval']).map((key) => ({ key, readonly: false, value: '300' })),
    }));
    answer('ChangeConfiguration', accepted);
    answer('SetChargingProfile', accepted);
    answer('ClearChargingProfile', accepted);
    answer('GetCompositeSchedule', accepted);
    answer('ClearCache', accepted);
    answer('GetLocalListVersion', { listVersion: 3 });
    answer('GetDiagnostics', {});
    answer('GetLog', accepted);
    answer('SignedUpdateFirmware', accepted);
    answer('DataTransfer', accepted);
    answer('ExtendedTriggerMessage', accepted);
    answer('InstallCertificate', accepted);
    answer('GetInstalledCertificateIds', accepted);
    answer('DeleteCertificate', accepted);
    answer('CertificateSigned', accepted);
}

function handlers201() {
    answer('RequestStartTransaction', accepted);
    answer('RequestStopTransaction', accepted);
    answer('Reset', accepted);
    answer('UnlockConnector', { status: 'Unlocked' });
    answer('ChangeAvailability', accepted);
    answer('ReserveNow', accepted);
    answer('CancelReservation', accepted);
    answer('TriggerMessage', accepted);
    answer('UpdateFirmware', accepted);
    answer('SendLocalList', accepted);
    answer('GetVariables', (params) => ({
        getVariableResult: params.getVariableData.map((d) => ({
            attributeStatus: 'Accepted',
            attributeValue: '300',
            component: d.component,
            variable: d.variable,
        })),
    }));
    answer('SetVariables', (params) => ({
        setVariableResult: params.setVariableData.map((d) => ({
            attributeStatus: 'Accepted',
            component: d.component,
            variable: d.variable,
        })),
    }));
    answer('SetChargingProfile', accepted);
    answer('ClearChargingProfile', accepted);
    answer('GetCompositeSchedule', accepted);
    answer('GetBaseReport', accepted);
    answer('ClearCache', accepted);
    answer('GetLocalListVersion', { versionNumber: 3 });
    answer('GetLog', accepted);
    answer('DataTransfer', accepted);
    answer('CostUpdated', {});
    answer('SetDisplayMessage', accepted);
    answer('GetDisplayMessages', accepted);
    answer('ClearDisplayMessage', accepted);
    answer('InstallCertificate', accepted);
    answer('GetInstalledCertificateIds', accepted);
    answer('DeleteCertificate', accepted);
    answer('CertificateSigned', accepted);
}

async function flow16() {
    const boot = await client.call('BootNotification', {
        chargePointVendor: 'EVZone',
        chargePointModel: 'ocpp-rpc',
        firmwareVersion: '2.2.1',
    });
    expect('boot accepted: ' + JSON.stringify(boot), boot.status === 'Accepted');
    const heartbeat = await client.call('Heartbeat', {});
    expect('heartbeat time', typeof heartbeat.currentTime === 'string');
    const status = (s) => client.call('StatusNotification', {
        connectorId: 1, errorCode: 'NoError', status: s, timestamp: now(),
    });
    await status('Available');
    const auth = await client.call('Authorize', { idTag: 'NODE-TAG-16' });
    expect('authorize accepted: ' + JSON.stringify(auth), auth.idTagInfo.status === 'Accepted');
    await status('Preparing');
    const start = await client.call('StartTransaction', {
        connectorId: 1, idTag: 'NODE-TAG-16', meterStart: 0, timestamp: now(),
    });
    expect('start accepted: ' + JSON.stringify(start), start.idTagInfo.status === 'Accepted');
    const transactionId = start.transactionId;
    await status('Charging');
    const sample = (wh, context) => ({
        timestamp: now(),
        sampledValue: [
            { value: String(wh), context, measurand: 'Energy.Active.Import.Register', unit: 'Wh' },
            { value: '7200', context, measurand: 'Power.Active.Import', unit: 'W' },
        ],
    });
    await client.call('MeterValues', { connectorId: 1, transactionId, meterValue: [sample(1500, 'Sample.Periodic')] });
    const stop = await client.call('StopTransaction', {
        transactionId, idTag: 'NODE-TAG-16', meterStop: 3000, timestamp: now(), reason: 'Local',
        transactionData: [sample(3000, 'Transaction.End')],
    });
    expect('stop answered: ' + JSON.stringify(stop), !stop.idTagInfo || stop.idTagInfo.status === 'Accepted');
    await status('Finishing');
    await status('Available');
    return { transactionId };
}

async function flow201() {
    const boot = await client.call('BootNotification', {
        reason: 'PowerUp',
        chargingStation: { model: 'ocpp-rpc', vendorName: 'EVZone', firmwareVersion: '2.2.1' },
    });
    expect('boot accepted: ' + JSON.stringify(boot), boot.status === 'Accepted');
    const heartbeat = await client.call('Heartbeat', {});
    expect('heartbeat time', typeof heartbeat.currentTime === 'string');
    const status = (s) => client.call('StatusNotification', {
        timestamp: now(), connectorStatus: s, evseId: 1, connectorId: 1,
    });
    await status('Available');
    const idToken = { idToken: 'NODE-TAG-201', type: 'ISO14443' };
    const auth = await client.call('Authorize', { idToken });
    expect('authorize accepted: ' + JSON.stringify(auth), auth.idTokenInfo.status === 'Accepted');
    await status('Occupied');
    const transactionId = 'NODE-TX-' + Date.now();
    const meter = (wh, context) => [{
        timestamp: now(),
        sampledValue: [
            { value: wh, context, measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } },
            { value: 7.2, context, measurand: 'Power.Active.Import', unitOfMeasure: { unit: 'W', multiplier: 3 } },
        ],
    }];
    const started = await client.call('TransactionEvent', {
        eventType: 'Started', timestamp: now(), triggerReason: 'Authorized', seqNo: 0,
        transactionInfo: { transactionId, chargingState: 'Charging' },
        evse: { id: 1, connectorId: 1 }, idToken, meterValue: meter(0, 'Transaction.Begin'),
    });
    expect('started token accepted: ' + JSON.stringify(started),
        !started.idTokenInfo || started.idTokenInfo.status === 'Accepted');
    await client.call('TransactionEvent', {
        eventType: 'Updated', timestamp: now(), triggerReason: 'MeterValuePeriodic', seqNo: 1,
        transactionInfo: { transactionId, chargingState: 'Charging' }, meterValue: meter(1500, 'Sample.Periodic'),
    });
    await client.call('MeterValues', { evseId: 1, meterValue: meter(2000, 'Sample.Periodic') });
    await client.call('TransactionEvent', {
        eventType: 'Ended', timestamp: now(), triggerReason: 'StopAuthorized', seqNo: 2,
        transactionInfo: { transactionId, chargingState: 'Idle', stoppedReason: 'Local' },
        idToken, meterValue: meter(3000, 'Transaction.End'),
    });
    await status('Available');
    return { transactionId };
}

async function main() {
    if (protocol === 'ocpp1.6') {
        handlers16();
    } else {
        handlers201();
    }
    await client.connect();
    expect('negotiated ' + client.protocol, client.protocol === protocol);
    const ready = protocol === 'ocpp1.6' ? await flow16() : await flow201();
    console.log('READY ' + JSON.stringify(ready));
    // The test sends its commands now; closing stdin means it is done.
    await new Promise((resolve) => {
        process.stdin.on('end', resolve);
        process.stdin.on('close', resolve);
        process.stdin.resume();
    });
    await client.close({ code: 1000 });
}

main()
    .catch((error) => fail('error: ' + (error && error.stack ? error.stack : error)))
    .finally(() => {
        console.log(failures.length === 0 ? 'DONE' : 'FAILED ' + failures.length);
        process.exit(failures.length === 0 ? 0 : 1);
    });
