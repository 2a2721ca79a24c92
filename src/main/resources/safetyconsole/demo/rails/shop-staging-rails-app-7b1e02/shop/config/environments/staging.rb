require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true

  config.log_level = :debug
  config.log_tags = [ :request_id ]
  # Rotation was OpsWorks' job; nothing here rotates the log.
  config.logger = ActiveSupport::TaggedLogging.new(ActiveSupport::Logger.new(STDOUT))

  config.active_support.report_deprecations = true
end
