require_relative "boot"
require "rails/all"

module Admin
  class Application < Rails::Application
    config.load_defaults 7.1
    config.log_file_size = nil
  end
end
