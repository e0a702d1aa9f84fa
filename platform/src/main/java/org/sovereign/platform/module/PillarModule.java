package org.sovereign.platform.module;

import java.util.List;
import org.sovereign.platform.db.ModuleSchema;
import org.sovereign.platform.web.NavItem;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.WebRoutes;

/**
 * What a pillar (reserve, power, supervision) plugs into the platform: its schema and migrations,
 * its console section and its routes. Pillars never see each other; the app lists them.
 */
public interface PillarModule {
  /** The module's id, also its schema name and the name of its resource bundle. */
  String id();

  default ModuleSchema schema() {
    return ModuleSchema.of(id());
  }

  List<NavItem> nav();

  void registerRoutes(WebRoutes routes, Pages pages, PlatformServices services);

  /** Called after the chain index advanced (or reorganised), for work that follows the chain. */
  default void onChainSynced() {}

  /** Called once when the runtime closes, before the database: stop background work. */
  default void stop() {}
}
