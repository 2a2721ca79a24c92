require_relative "boot"
require "rails/all"

Bundler.require(*Rails.groups)

module Shop
  class Application < Rails::Application
    config.load_defaults 7.0
    config.time_zone = "Europe/Berlin"
  end
end
