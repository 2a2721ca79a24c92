require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.public_file_server.enabled = ENV["RAILS_SERVE_STATIC_FILES"].present?
  config.assets.compile = false
  config.active_storage.service = :amazon
  config.force_ssl = true

  config.log_level = :info
  config.log_tags = [ :request_id ]

  # Keep a week of logs (added during the 2025 disk-full incident).
  config.logger = ActiveSupport::TaggedLogging.new(
    ActiveSupport::Logger.new(
      Rails.root.join("log", "#{Rails.env}.log"),
      "daily"
    )
  )

  config.action_mailer.perform_caching = false
  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
  config.active_record.dump_schema_after_migration = false
end
