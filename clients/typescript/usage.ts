// Compiled (never run) with the generated client by check.sh: the types a TypeScript user of the API relies
// on. A schema change that loses a nullable, an enum or a named model fails here.
import {
    Configuration,
    ErrorBodyFromJSON,
    EventsApi,
    ReleaseStatus,
    ReleasesApi,
    ResponseError,
    ValidationErrorBodyFromJSON,
} from '../../target/generated-sources/openapi-typescript';
import type {
    CellState,
    FieldError,
    MatrixCell,
    ReleaseSummaryPage,
    ReleaseUpdate,
    ReleaseVersionAdd,
} from '../../target/generated-sources/openapi-typescript';

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
function typeIs<T extends true>(): void {}

typeIs<Equals<MatrixCell['deployedAt'], Date | null>>();
typeIs<Equals<MatrixCell['deploymentId'], string | null>>();
typeIs<Equals<MatrixCell['state'], CellState>>();
typeIs<Equals<CellState, 'success' | 'failed' | 'in_progress' | 'not_deployed'>>();
typeIs<Equals<ReleaseSummaryPage['nextCursor'], string | null>>();
typeIs<Equals<ReleaseUpdate['description'], string | null | undefined>>();
typeIs<Equals<ReleaseUpdate['extraMetadata'], { [key: string]: any } | null | undefined>>();
typeIs<Equals<ReleaseUpdate['status'], ReleaseStatus | undefined>>();
typeIs<Equals<ReleaseVersionAdd['versionId'], string | null | undefined>>();
typeIs<Equals<FieldError['loc'], Array<string>>>();

/** A release workflow as a TypeScript user writes it; returns the detail of the expected 409. */
export async function releaseWorkflow(basePath: string, apiKey: string): Promise<string> {
    const config = new Configuration({ basePath, accessToken: apiKey });
    const events = new EventsApi(config);
    const releases = new ReleasesApi(config);

    const build = await events.postBuildEvent({ buildEvent: { productName: 'web', version: '1.0.0', status: 'built' } });
    await events.postDeploymentEvent({
        deploymentEvent: { productName: 'web', version: '1.0.0', environmentName: 'production', status: 'success',
            startedAt: new Date(), extraMetadata: { pipeline: 7 } },
        idempotencyKey: 'deploy-web-1.0.0',
    });
    const release = await releases.createRelease({ releaseCreate: { name: 'R1', status: ReleaseStatus.Draft } });
    await releases.addReleaseVersion({ id: release.id, releaseVersionAdd: { versionId: build.versionId } });
    const matrix = await releases.getReleaseMatrix({ id: release.id, environment: ['production'] });
    const cell: MatrixCell | undefined = matrix.rows[0]?.cells['production'];
    const deployedAt: Date | null = cell ? cell.deployedAt : null;
    await releases.updateRelease({ id: release.id, releaseUpdate: { description: null } });
    const page = await releases.listReleases({ status: [ReleaseStatus.InProgress], limit: 10 });
    const next: string | null = page.nextCursor;
    try {
        await releases.updateRelease({ id: release.id, releaseUpdate: { status: ReleaseStatus.Draft } });
        return `no conflict (${deployedAt?.toISOString()}, ${next})`;
    } catch (e) {
        if (e instanceof ResponseError && e.response.status === 409) {
            return String(ErrorBodyFromJSON(await e.response.json()).detail);
        }
        if (e instanceof ResponseError && e.response.status === 422) {
            const fields: FieldError[] = ValidationErrorBodyFromJSON(await e.response.json()).detail;
            return fields.map((f) => `${f.loc.join('.')}: ${f.msg}`).join('; ');
        }
        throw e;
    }
}
