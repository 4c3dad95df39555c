import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { Campaign } from './campaign.entity.js';

export enum ExportStatus { QUEUED = 'QUEUED', RUNNING = 'RUNNING', SUCCEEDED = 'SUCCEEDED', FAILED = 'FAILED' }

/** A CSV export of a campaign's results, built page by page by a background job. */
@Entity({ tableName: 'campaign_exports' })
export class CampaignExport {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Campaign, deleteRule: 'cascade' })
  campaign!: Campaign;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  requestedBy?: User | null;

  @Enum({ items: () => ExportStatus, nativeEnumName: 'export_status' })
  status!: ExportStatus;

  @Property({ type: 'integer' })
  progress!: number;

  @Property({ type: 'integer' })
  rowCount!: number;

  @Property({ type: 'integer' })
  totalRows!: number;

  @Property({ type: 'string', length: 255, nullable: true })
  fileName?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;
}

/** The export's text, one page of rows per chunk, read back in order to download it. */
@Entity({ tableName: 'campaign_export_chunks' })
export class CampaignExportChunk {
  @ManyToOne({ entity: () => CampaignExport, primary: true, deleteRule: 'cascade' })
  export!: CampaignExport;

  @PrimaryKey({ type: 'integer' })
  seq!: number;

  @Property({ type: 'text' })
  content!: string;
}
