// Generated templates (scripts/gen-templates.mjs): precompiled Handlebars specs by template name.
export declare const templates: Record<string, object>;
